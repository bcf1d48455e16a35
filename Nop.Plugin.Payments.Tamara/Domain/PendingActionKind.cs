namespace Nop.Plugin.Payments.Tamara.Domain;

/// <summary>
/// Represents the kind of a Tamara action waiting to be retried
/// </summary>
public enum PendingActionKind
{
    /// <summary>
    /// Capture what a shipment holds, or the remainder of the order when no shipment is given
    /// </summary>
    Capture = 1,

    /// <summary>
    /// Cancel what is not captured
    /// </summary>
    Cancel = 2,

    /// <summary>
    /// Refund an amount through the simplified refund
    /// </summary>
    Refund = 3
}
