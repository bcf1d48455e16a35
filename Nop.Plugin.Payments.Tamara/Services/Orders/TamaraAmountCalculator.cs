using Nop.Core.Domain.Orders;
using Nop.Plugin.Payments.Tamara.Api;

namespace Nop.Plugin.Payments.Tamara.Services.Orders;

/// <summary>
/// Turns a nopCommerce order into Tamara amounts in the customer's currency.
/// </summary>
/// <remarks>
/// Every part is converted with the order's CurrencyRate and rounded half away from zero to the currency's minor digits.
/// Line totals exclude tax and the order's tax amount holds all of it, so Tamara counts tax once.
/// The discount is whatever makes the parts add up to the converted order total: it gathers sub-total and order discounts,
/// gift cards, reward points, a negative payment method fee and the rounding residual of the conversion. Only rounding can make the parts fall short of
/// the total; that shortfall (a few minor units) is added to the tax amount, since a discount cannot be negative.
/// </remarks>
public static class TamaraAmountCalculator
{
    #region Methods

    /// <summary>
    /// Calculates the Tamara amounts of an order
    /// </summary>
    /// <param name="order">Order</param>
    /// <param name="orderItems">All items of the order</param>
    /// <returns>Amounts that add up exactly under Tamara's rule</returns>
    public static TamaraOrderAmounts Calculate(Order order, IEnumerable<OrderItem> orderItems)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(orderItems);

        var items = orderItems.OrderBy(item => item.Id).ToList();
        var lines = items.ToDictionary(item => item.Id, item => CalculateLine(order, item));

        //a negative fee is a discount for paying with Tamara: it goes in the discount, as Tamara takes no negative item
        var paymentFee = Math.Max(decimal.Zero, ToCustomerCurrency(order, order.PaymentMethodAdditionalFeeExclTax));
        var checkoutAttributes = string.IsNullOrEmpty(order.CheckoutAttributesXml)
            ? decimal.Zero
            : ToCustomerCurrency(order, Math.Max(decimal.Zero, order.OrderSubtotalExclTax - items.Sum(item => item.PriceExclTax)));
        var shipping = ToCustomerCurrency(order, order.OrderShippingExclTax);
        var tax = ToCustomerCurrency(order, order.OrderTax);
        var total = ToCustomerCurrency(order, order.OrderTotal);

        var discount = lines.Values.Sum(line => line.TotalAmount) + paymentFee + checkoutAttributes + shipping + tax - total;
        if (discount < decimal.Zero)
        {
            tax -= discount;
            discount = decimal.Zero;
        }

        return new TamaraOrderAmounts
        {
            CurrencyCode = order.CustomerCurrencyCode,
            Items = lines,
            PaymentFeeAmount = paymentFee,
            CheckoutAttributesAmount = checkoutAttributes,
            ShippingAmount = shipping,
            TaxAmount = tax,
            DiscountAmount = discount,
            TotalAmount = total
        };
    }

    /// <summary>
    /// Converts an amount in the primary store currency to the order's customer currency, rounded for Tamara
    /// </summary>
    /// <param name="order">Order</param>
    /// <param name="amount">Amount in the primary store currency</param>
    /// <returns>Amount in the customer's currency</returns>
    public static decimal ToCustomerCurrency(Order order, decimal amount)
    {
        ArgumentNullException.ThrowIfNull(order);

        if (order.CurrencyRate <= decimal.Zero)
            throw new ArgumentException($"Order {order.Id} has no currency rate", nameof(order));

        return TamaraCurrency.Round(amount * order.CurrencyRate, order.CustomerCurrencyCode);
    }

    #endregion

    #region Utilities

    private static TamaraLineAmounts CalculateLine(Order order, OrderItem item)
    {
        if (item.Quantity <= 0)
            throw new ArgumentException($"Order item {item.Id} has no quantity", nameof(item));

        var unitPrice = ToCustomerCurrency(order, (item.PriceExclTax + item.DiscountAmountExclTax) / item.Quantity);
        var gross = unitPrice * item.Quantity;
        var discount = Math.Min(ToCustomerCurrency(order, item.DiscountAmountExclTax), gross);
        var tax = Math.Max(decimal.Zero, ToCustomerCurrency(order, item.PriceInclTax - item.PriceExclTax));

        return new TamaraLineAmounts(unitPrice, item.Quantity, discount, tax, gross - discount);
    }

    #endregion
}
