namespace Nop.Plugin.Payments.Tamara.Domain;

/// <summary>
/// Represents amounts in the customer's currency: the whole order, or the part of it one capture takes
/// </summary>
/// <remarks>
/// Total = sum of line totals + shipping + fees + tax - discount, the arithmetic Tamara checks.
/// </remarks>
public class CaptureAmounts
{
    /// <summary>
    /// Gets or sets the item lines
    /// </summary>
    public List<CaptureLine> Lines { get; set; } = new();

    /// <summary>
    /// Gets or sets the shipping amount
    /// </summary>
    public decimal Shipping { get; set; }

    /// <summary>
    /// Gets or sets amounts outside the items and the shipping (payment fee, checkout attributes)
    /// </summary>
    public decimal Fees { get; set; }

    /// <summary>
    /// Gets or sets the tax amount
    /// </summary>
    public decimal Tax { get; set; }

    /// <summary>
    /// Gets or sets the order-level discount amount
    /// </summary>
    public decimal Discount { get; set; }

    /// <summary>
    /// Gets or sets the total amount
    /// </summary>
    public decimal Total { get; set; }
}
