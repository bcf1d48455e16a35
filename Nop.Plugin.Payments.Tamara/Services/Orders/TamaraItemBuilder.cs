using System.Linq.Expressions;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Payments.Tamara.Domain;
using Nop.Services.Catalog;
using Nop.Services.Localization;
using Nop.Services.Orders;
using Money = Nop.Plugin.Payments.Tamara.Api.Models.Money;
using NopOrderItem = Nop.Core.Domain.Orders.OrderItem;
using TamaraOrderItem = Nop.Plugin.Payments.Tamara.Api.Models.OrderItem;

namespace Nop.Plugin.Payments.Tamara.Services.Orders;

/// <summary>
/// Describes nopCommerce order items and charges as Tamara items, the same way for the checkout session, captures and cancels
/// </summary>
public class TamaraItemBuilder
{
    #region Fields

    // Built once: an expression tree made at each call costs more than the rest of the line.
    private static readonly Expression<Func<Product, string>> _productName = product => product.Name;

    private readonly ILocalizationService _localizationService;
    private readonly IOrderService _orderService;
    private readonly IProductService _productService;

    #endregion

    #region Ctor

    public TamaraItemBuilder(ILocalizationService localizationService,
        IOrderService orderService,
        IProductService productService)
    {
        _localizationService = localizationService;
        _orderService = orderService;
        _productService = productService;
    }

    #endregion

    #region Utilities

    /// <summary>
    /// Cuts a text to the length Tamara accepts
    /// </summary>
    private static string Truncate(string value, int maxLength) => value.Length > maxLength ? value[..maxLength] : value;

    private async Task<Dictionary<int, Product>> GetProductsAsync(IEnumerable<NopOrderItem> orderItems)
    {
        return (await _productService.GetProductsByIdsAsync(orderItems.Select(item => item.ProductId).Distinct().ToArray()))
            .ToDictionary(product => product.Id);
    }

    // A ValueTask: the localised name mostly comes from nopCommerce's cache at once, and a Task per line would be garbage.
    private async ValueTask<TamaraOrderItem> BuildItemAsync(int orderItemId, int productId, Product? product, int languageId,
        TamaraLineAmounts line, string currencyCode)
    {
        // Without the default value: nopCommerce compiles the selector at each call to read it, which costs more than the
        // whole line; the untranslated name is read here instead.
        var name = product is null ? null : await _localizationService.GetLocalizedAsync(product, _productName, languageId, returnDefaultValue: false);
        if (string.IsNullOrEmpty(name))
            name = product?.Name;

        return new TamaraOrderItem
        {
            Name = Truncate(string.IsNullOrWhiteSpace(name) ? productId.ToString() : name, 255),
            Type = product?.IsShipEnabled == false ? "Digital" : "Physical",
            ReferenceId = orderItemId.ToString(),
            Sku = Truncate(string.IsNullOrWhiteSpace(product?.Sku) ? productId.ToString() : product.Sku, 128),
            Quantity = line.Quantity,
            UnitPrice = new Money(line.UnitPrice, currencyCode),
            DiscountAmount = new Money(line.DiscountAmount, currencyCode),
            TaxAmount = new Money(line.TaxAmount, currencyCode),
            TotalAmount = new Money(line.TotalAmount, currencyCode)
        };
    }

    /// <summary>
    /// Gets a charge line (payment fee, checkout attributes): Tamara takes no order-level fee, so it goes as a digital item
    /// </summary>
    private async Task<TamaraOrderItem> BuildChargeAsync(string referenceId, string resourceName, decimal amount, string currencyCode)
    {
        return new TamaraOrderItem
        {
            Name = await _localizationService.GetResourceAsync(TamaraDefaults.ResourcePrefix + resourceName),
            Type = "Digital",
            ReferenceId = referenceId,
            Sku = referenceId,
            Quantity = 1,
            UnitPrice = new Money(amount, currencyCode),
            DiscountAmount = new Money(decimal.Zero, currencyCode),
            TaxAmount = new Money(decimal.Zero, currencyCode),
            TotalAmount = new Money(amount, currencyCode)
        };
    }

    private async Task AddChargesAsync(List<TamaraOrderItem> items, TamaraOrderAmounts amounts)
    {
        if (amounts.CheckoutAttributesAmount > decimal.Zero)
            items.Add(await BuildChargeAsync(TamaraDefaults.ChargeReference.CheckoutAttributes, "Item.CheckoutAttributes", amounts.CheckoutAttributesAmount, amounts.CurrencyCode));

        if (amounts.PaymentFeeAmount > decimal.Zero)
            items.Add(await BuildChargeAsync(TamaraDefaults.ChargeReference.PaymentFee, "Item.PaymentFee", amounts.PaymentFeeAmount, amounts.CurrencyCode));
    }

    #endregion

    #region Methods

    /// <summary>
    /// Gets the Tamara items of a whole order, as the checkout session sends them
    /// </summary>
    /// <param name="orderItems">All items of the order</param>
    /// <param name="amounts">Amounts of the order in the customer's currency</param>
    /// <param name="languageId">Language of the item names</param>
    /// <returns>A task whose result is the items, charges last</returns>
    public async Task<List<TamaraOrderItem>> BuildAsync(IList<NopOrderItem> orderItems, TamaraOrderAmounts amounts, int languageId)
    {
        var products = await GetProductsAsync(orderItems);

        var items = new List<TamaraOrderItem>();
        foreach (var orderItem in orderItems.OrderBy(item => item.Id))
            items.Add(await BuildItemAsync(orderItem.Id, orderItem.ProductId, products.GetValueOrDefault(orderItem.ProductId), languageId,
                amounts.Items[orderItem.Id], amounts.CurrencyCode));

        await AddChargesAsync(items, amounts);

        return items;
    }

    /// <summary>
    /// Gets the Tamara items of part of an order (a capture or a cancel), named as the checkout session named them
    /// </summary>
    /// <param name="order">Order</param>
    /// <param name="amounts">Lines with their quantities and amounts in the customer's currency</param>
    /// <returns>A task whose result is the items, charges last</returns>
    public async Task<List<TamaraOrderItem>> BuildAsync(Order order, CaptureAmounts amounts)
    {
        var currencyCode = order.CustomerCurrencyCode;
        var orderItems = await _orderService.GetOrderItemsAsync(order.Id);
        var products = await GetProductsAsync(orderItems);

        //looked up by order item once, not searched again for each line
        var productIds = new Dictionary<int, int>(orderItems.Count);
        foreach (var orderItem in orderItems)
            productIds.TryAdd(orderItem.Id, orderItem.ProductId);

        var items = new List<TamaraOrderItem>();
        foreach (var line in amounts.Lines)
        {
            var productId = productIds.GetValueOrDefault(line.OrderItemId);
            items.Add(await BuildItemAsync(line.OrderItemId, productId, products.GetValueOrDefault(productId), order.CustomerLanguageId,
                new TamaraLineAmounts(line.UnitPrice, line.Quantity, line.Discount, line.Tax, line.Total), currencyCode));
        }

        if (amounts.Fees == decimal.Zero)
            return items;

        //a capture takes a share of the charges: it is split between them as the order's charges are
        var orderAmounts = TamaraAmountCalculator.Calculate(order, orderItems);
        var shares = MoneyAllocator.Allocate(amounts.Fees, [orderAmounts.CheckoutAttributesAmount, orderAmounts.PaymentFeeAmount], currencyCode);
        await AddChargesAsync(items, orderAmounts with { CheckoutAttributesAmount = shares[0], PaymentFeeAmount = shares[1] });

        return items;
    }

    #endregion
}
