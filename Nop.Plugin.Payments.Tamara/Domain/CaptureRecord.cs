namespace Nop.Plugin.Payments.Tamara.Domain;

/// <summary>
/// Represents a capture the plugin made at Tamara, kept on the order so that later captures take only the rest
/// </summary>
public class CaptureRecord
{
    /// <summary>
    /// Gets or sets Tamara's capture id
    /// </summary>
    public string CaptureId { get; set; } = string.Empty;

    /// <summary>
    /// Gets or sets the captured shipment; null for a capture of the remainder
    /// </summary>
    public int? ShipmentId { get; set; }

    /// <summary>
    /// Gets or sets what was captured, in the customer's currency
    /// </summary>
    public CaptureAmounts Amounts { get; set; } = new();

    /// <summary>
    /// Gets or sets when the capture was made
    /// </summary>
    public DateTime CapturedOnUtc { get; set; }
}
