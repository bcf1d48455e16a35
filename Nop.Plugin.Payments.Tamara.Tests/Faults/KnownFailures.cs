namespace Nop.Plugin.Payments.Tamara.Tests.Faults;

/// <summary>
/// Fault journeys whose books do not balance today, each with the issue 9 item whose fix makes them balance. The suite leaves them
/// out and runs them in an explicit test of their own; once a fix is merged, delete its lines here so the suite holds it to the
/// rule again (FaultSuiteTests.Known_failures_of_issue_9_balance_their_books shows which pass).
/// </summary>
public static class KnownFailures
{
    private const string CONFLICT_ENDS_ACTION = "issue 9 item 17: a 409 ends the capture or the cancel for good instead of leading to a fresh read";
    private const string CANCEL_AFTER_CAPTURE = "issue 9 item 15: cancelling a partly captured order leaves the payment Authorized for good while Tamara holds nothing open";

    /// <summary>
    /// Scripts that fail even without a fault: every journey of theirs is known to fail
    /// </summary>
    public static IReadOnlyDictionary<string, string> ByScript { get; } = new Dictionary<string, string>
    {
        ["cancel after the first shipment"] = CANCEL_AFTER_CAPTURE
    };

    public static IReadOnlyDictionary<string, string> ByJourney { get; } = new Dictionary<string, string>
    {
        ["happy path: second shipment, get-order answers 409"] = CONFLICT_ENDS_ACTION,
        ["cancel before shipment: cancel, get-order answers 409"] = CONFLICT_ENDS_ACTION,
        ["cancel before shipment: cancel, cancel answers 409"] = CONFLICT_ENDS_ACTION,
        ["notification lost: second shipment, get-order answers 409"] = CONFLICT_ENDS_ACTION,
        ["notification lost, then cancelled: cancel, get-order answers 409"] = CONFLICT_ENDS_ACTION,
        ["notification lost, then cancelled: cancel, cancel answers 409"] = CONFLICT_ENDS_ACTION,
        ["random 25 (seed 20261129) happy path: approval: get-order loses its answer (done), second shipment: capture times out (done late), second shipment: get-order answers 409"] = CONFLICT_ENDS_ACTION,
        ["random 29 (seed 20261129) notification lost, then cancelled: checkout: checkout answers 503, cancel: get-order answers 409"] = CONFLICT_ENDS_ACTION
    };

    /// <summary>
    /// Gets the issue item a journey is known to fail for, or null
    /// </summary>
    public static string? Of(FaultCase faultCase) =>
        ByScript.GetValueOrDefault(faultCase.Script.Name) ?? ByJourney.GetValueOrDefault(faultCase.Name);
}
