using System.Text;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;

namespace Nop.Plugin.Payments.Tamara.Services.Checkout;

/// <summary>
/// Remembers the offers worked out in the current request (registered per request): nopCommerce asks for the offer of
/// the same cart several times in one request (payment form validation, then payment info; the payment step, then its
/// widget), and each time would total the cart again and, with no eligibility cache, call Tamara again
/// </summary>
/// <remarks>
/// An offer is remembered for what it is worked out from and can change: the store, the shopper and their addresses,
/// the working currency, and each cart line (product, quantity, last change). nopCommerce saves the shopper's choices
/// (addresses, shipping method, coupons) before the page that follows asks for the offer.
/// </remarks>
public class TamaraOfferMemo
{
    #region Fields

    private readonly Dictionary<string, TamaraOffer> _offers = new(StringComparer.Ordinal);

    #endregion

    #region Utilities

    private static string KeyOf(int storeId, Customer customer, int currencyId, IList<ShoppingCartItem> cart)
    {
        var key = new StringBuilder()
            .Append(storeId).Append('|').Append(customer.Id).Append('|').Append(customer.BillingAddressId).Append('|')
            .Append(customer.ShippingAddressId).Append('|').Append(currencyId);
        foreach (var item in cart)
            key.Append('|').Append(item.Id).Append(',').Append(item.ProductId).Append(',').Append(item.Quantity).Append(',').Append(item.UpdatedOnUtc.Ticks);

        return key.ToString();
    }

    #endregion

    #region Methods

    /// <summary>
    /// Gets the offer of a cart already worked out in this request, or works it out
    /// </summary>
    /// <param name="storeId">Store identifier</param>
    /// <param name="customer">The shopper</param>
    /// <param name="currencyId">Working currency identifier</param>
    /// <param name="cart">Shopping cart</param>
    /// <param name="getOfferAsync">Works the offer out</param>
    /// <returns>A task whose result is the offer</returns>
    public async Task<TamaraOffer> GetOrAddAsync(int storeId, Customer customer, int currencyId, IList<ShoppingCartItem> cart, Func<Task<TamaraOffer>> getOfferAsync)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(cart);
        ArgumentNullException.ThrowIfNull(getOfferAsync);

        var key = KeyOf(storeId, customer, currencyId, cart);
        if (_offers.TryGetValue(key, out var offer))
            return offer;

        offer = await getOfferAsync();
        _offers[key] = offer;

        return offer;
    }

    #endregion
}
