namespace Nop.Plugin.Payments.Tamara.Domain;

/// <summary>
/// Represents the money of a Tamara order as Tamara last reported it, in the order's currency
/// </summary>
public class TamaraBalance
{
    /// <summary>
    /// Gets or sets the currency code
    /// </summary>
    public string Currency { get; set; } = string.Empty;

    /// <summary>
    /// Gets or sets the order total
    /// </summary>
    public decimal Total { get; set; }

    /// <summary>
    /// Gets or sets the captured amount
    /// </summary>
    public decimal Captured { get; set; }

    /// <summary>
    /// Gets or sets the canceled amount
    /// </summary>
    public decimal Canceled { get; set; }

    /// <summary>
    /// Gets or sets the refunded amount
    /// </summary>
    public decimal Refunded { get; set; }

    /// <summary>
    /// Gets or sets when Tamara was read
    /// </summary>
    public DateTime ReadOnUtc { get; set; }

    /// <summary>
    /// Gets what can still be captured, which is also what can still be cancelled
    /// </summary>
    public decimal Capturable => Math.Max(0, Total - Captured - Canceled);

    /// <summary>
    /// Gets what can still be refunded
    /// </summary>
    public decimal Refundable => Math.Max(0, Captured - Refunded);
}
