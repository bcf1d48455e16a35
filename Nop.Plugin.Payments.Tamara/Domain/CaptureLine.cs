namespace Nop.Plugin.Payments.Tamara.Domain;

/// <summary>
/// Represents the part of one order item in a capture, in the customer's currency
/// </summary>
public class CaptureLine
{
    /// <summary>
    /// Gets or sets the order item identifier
    /// </summary>
    public int OrderItemId { get; set; }

    /// <summary>
    /// Gets or sets the quantity
    /// </summary>
    public int Quantity { get; set; }

    /// <summary>
    /// Gets or sets the unit price before discount and tax
    /// </summary>
    public decimal UnitPrice { get; set; }

    /// <summary>
    /// Gets or sets the line total (what the line adds to the total before order-level tax, shipping and discount)
    /// </summary>
    public decimal Total { get; set; }

    /// <summary>
    /// Gets or sets the line's tax
    /// </summary>
    public decimal Tax { get; set; }

    /// <summary>
    /// Gets or sets the line's discount
    /// </summary>
    public decimal Discount { get; set; }
}
