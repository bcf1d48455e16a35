namespace Nop.Plugin.Payments.Tamara.Services.AfterSale;

/// <summary>
/// Represents what became of a capture, cancel or refund
/// </summary>
/// <param name="Kind">What happened</param>
/// <param name="Message">What the store owner is told</param>
/// <param name="TransactionId">Tamara's capture, cancel or refund id when something was done</param>
/// <param name="NothingLeft">True when Tamara has nothing left to capture (fully captured) or to cancel</param>
public sealed record AfterSaleOutcome(AfterSaleOutcomeKind Kind, string Message, string? TransactionId = null, bool NothingLeft = false)
{
    public static AfterSaleOutcome Done(string message, string transactionId, bool nothingLeft) =>
        new(AfterSaleOutcomeKind.Done, message, transactionId, nothingLeft);

    public static AfterSaleOutcome NothingToDo(string message, bool nothingLeft = false) =>
        new(AfterSaleOutcomeKind.NothingToDo, message, null, nothingLeft);

    public static AfterSaleOutcome Queued(string message) => new(AfterSaleOutcomeKind.Queued, message);

    public static AfterSaleOutcome Refused(string message) => new(AfterSaleOutcomeKind.Refused, message);

    /// <summary>
    /// Gets a value indicating whether Tamara holds nothing more for this action: it was done, or found already done
    /// </summary>
    public bool Finished => Kind == AfterSaleOutcomeKind.Done || Kind == AfterSaleOutcomeKind.NothingToDo && NothingLeft;

    /// <summary>
    /// Gets the answer to the admin when another Tamara action holds the order's lock
    /// </summary>
    public static AfterSaleOutcome Busy { get; } = Refused("Another Tamara action is running on this order. Try again in a moment.");
}

/// <summary>
/// Represents the kinds of after-sale outcome
/// </summary>
public enum AfterSaleOutcomeKind
{
    /// <summary>
    /// Tamara did it
    /// </summary>
    Done,

    /// <summary>
    /// Nothing had to be done (already done, or nothing left)
    /// </summary>
    NothingToDo,

    /// <summary>
    /// Tamara could not be reached: the action waits on the order to be retried
    /// </summary>
    Queued,

    /// <summary>
    /// Tamara refused for good, or the order does not allow it
    /// </summary>
    Refused
}
