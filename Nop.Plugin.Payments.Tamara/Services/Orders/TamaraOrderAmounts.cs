namespace Nop.Plugin.Payments.Tamara.Services.Orders;

/// <summary>
/// A nopCommerce order in Tamara's terms, in the customer's currency, adding up exactly under Tamara's rule:
/// TotalAmount = Σ Items.TotalAmount + PaymentFeeAmount + CheckoutAttributesAmount + TaxAmount + ShippingAmount − DiscountAmount.
/// </summary>
public sealed record TamaraOrderAmounts
{
    /// <summary>
    /// Gets the customer's currency code
    /// </summary>
    public required string CurrencyCode { get; init; }

    /// <summary>
    /// Gets the product lines keyed by OrderItem.Id
    /// </summary>
    public required IReadOnlyDictionary<int, TamaraLineAmounts> Items { get; init; }

    /// <summary>
    /// Gets the payment method additional fee, excluding tax (sent as its own line)
    /// </summary>
    public decimal PaymentFeeAmount { get; init; }

    /// <summary>
    /// Gets the price of the checkout attributes, excluding tax (sent as its own line)
    /// </summary>
    public decimal CheckoutAttributesAmount { get; init; }

    /// <summary>
    /// Gets the shipping amount, excluding tax
    /// </summary>
    public decimal ShippingAmount { get; init; }

    /// <summary>
    /// Gets the whole tax of the order (lines, shipping and fee)
    /// </summary>
    public decimal TaxAmount { get; init; }

    /// <summary>
    /// Gets everything that reduces the order: sub-total and order discounts, gift cards, reward points
    /// </summary>
    public decimal DiscountAmount { get; init; }

    /// <summary>
    /// Gets the amount the shopper pays
    /// </summary>
    public decimal TotalAmount { get; init; }
}
