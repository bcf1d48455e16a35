namespace Nop.Plugin.Payments.Tamara.Domain;

/// <summary>
/// Represents a Tamara action that could not reach Tamara and waits on the order to be retried
/// </summary>
public class PendingAction
{
    /// <summary>
    /// Gets or sets the identifier of the action (also the merchant_refund_id of a refund, derived from the order and
    /// nopCommerce's refunded total after it, so that every node names the same refund alike)
    /// </summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>
    /// Gets or sets the kind of the action
    /// </summary>
    public PendingActionKind Kind { get; set; }

    /// <summary>
    /// Gets or sets the shipment to capture; null captures the remainder of the order
    /// </summary>
    public int? ShipmentId { get; set; }

    /// <summary>
    /// Gets or sets the Tamara order of an earlier checkout session to release (cancels only); null is the order's own
    /// </summary>
    public string? TamaraOrderId { get; set; }

    /// <summary>
    /// Gets or sets the refund amount in the customer's currency (refunds only): exactly the amount of the nopCommerce refund
    /// </summary>
    public decimal Amount { get; set; }

    /// <summary>
    /// Gets or sets the part of nopCommerce's refunded amount (primary store currency) this refund settles (refunds only)
    /// </summary>
    public decimal StoreAmount { get; set; }

    /// <summary>
    /// Gets or sets the comment sent with a refund
    /// </summary>
    public string? Comment { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether the refund was entered offline in nopCommerce (refunds only)
    /// </summary>
    public bool Offline { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether nopCommerce's order must be updated once Tamara confirms
    /// (the admin's action failed in nopCommerce because Tamara was unreachable)
    /// </summary>
    public bool UpdateOrderOnSuccess { get; set; }

    /// <summary>
    /// Gets or sets the number of attempts made so far
    /// </summary>
    public int Attempts { get; set; }

    /// <summary>
    /// Gets or sets when the action was recorded
    /// </summary>
    public DateTime CreatedOnUtc { get; set; }

    /// <summary>
    /// Gets or sets when the next attempt is due
    /// </summary>
    public DateTime NextAttemptOnUtc { get; set; }

    /// <summary>
    /// Gets or sets the last error met
    /// </summary>
    public string? LastError { get; set; }
}
