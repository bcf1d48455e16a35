using Nop.Core.Domain.Orders;
using Nop.Plugin.Payments.Tamara.Api;

namespace Nop.Plugin.Payments.Tamara.Services.Orders;

/// <summary>
/// Turns a nopCommerce order into Tamara amounts in the customer's currency.
/// </summary>
/// <remarks>
/// Every amount is converted with the order's CurrencyRate and rounded half away from zero to the currency's minor digits.
/// A line's total is its own converted price; its unit price is rounded up, so the rounding residue of unit price ×
/// quantity stays in that line's discount, where it comes from. Line totals exclude tax and the order's tax amount holds
/// all of it, so Tamara counts tax once. The order discount is whatever makes the parts add up to the converted order
/// total: sub-total and order discounts, gift cards, reward points, and the residue of converting the order-level amounts
/// one by one. Only that residue can make the parts fall short of the total; the shortfall (a few minor units) is added to
/// the tax amount, since a discount cannot be negative. (nopCommerce never stores a negative payment fee: it clamps it to zero.)
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

        var paymentFee = ToCustomerCurrency(order, order.PaymentMethodAdditionalFeeExclTax);
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

        var total = ToCustomerCurrency(order, item.PriceExclTax);
        var unitPrice = TamaraCurrency.RoundUp((item.PriceExclTax + item.DiscountAmountExclTax) * order.CurrencyRate / item.Quantity, order.CustomerCurrencyCode);
        var discount = unitPrice * item.Quantity - total;
        var tax = Math.Max(decimal.Zero, ToCustomerCurrency(order, item.PriceInclTax - item.PriceExclTax));

        return new TamaraLineAmounts(unitPrice, item.Quantity, discount, tax, total);
    }

    #endregion
}
