namespace Nop.Plugin.Payments.Tamara.Services.Orders;

/// <summary>
/// One order line in Tamara's terms, in the customer's currency and rounded to its minor digits.
/// <see cref="TotalAmount"/> is UnitPrice × Quantity − DiscountAmount exactly; it excludes tax, which Tamara counts once at order level.
/// </summary>
/// <param name="UnitPrice">Price of one unit before discounts, excluding tax</param>
/// <param name="Quantity">Quantity</param>
/// <param name="DiscountAmount">Discount of the whole line, excluding tax</param>
/// <param name="TaxAmount">Tax of the whole line (informational: already part of the order's tax amount)</param>
/// <param name="TotalAmount">Line total after discount, excluding tax</param>
public sealed record TamaraLineAmounts(decimal UnitPrice, int Quantity, decimal DiscountAmount, decimal TaxAmount, decimal TotalAmount);
