namespace Tamara.Emulator.Orders;

/// <summary>The statuses of seed 004 and the forward-only order among them.</summary>
internal static class OrderStatuses
{
    public const string New = "new";
    public const string Approved = "approved";
    public const string Declined = "declined";
    public const string Expired = "expired";
    public const string Authorised = "authorised";
    public const string Canceled = "canceled";
    public const string Updated = "updated";
    public const string PartiallyCaptured = "partially_captured";
    public const string FullyCaptured = "fully_captured";
    public const string PartiallyRefunded = "partially_refunded";
    public const string FullyRefunded = "fully_refunded";

    private const int Final = int.MaxValue;

    private static readonly Dictionary<string, int> _rank = new()
    {
        [New] = 0,
        [Approved] = 1,
        [Authorised] = 2,
        [Updated] = 3,
        [PartiallyCaptured] = 4,
        [FullyCaptured] = 5,
        [PartiallyRefunded] = 6,
        [FullyRefunded] = Final,
        [Declined] = Final,
        [Expired] = Final,
        [Canceled] = Final
    };

    /// <summary>
    /// True when <paramref name="to"/> lies ahead of <paramref name="from"/> in the flow, or repeats it for a status that
    /// may repeat (a second partial capture, cancel or refund). Nothing leaves a final status.
    /// </summary>
    public static bool IsForward(string from, string to)
    {
        if (_rank[from] == Final)
            return false;
        if (from == to)
            return from is Updated or PartiallyCaptured or PartiallyRefunded;
        return _rank[to] > _rank[from];
    }

    /// <summary>The event_type Tamara names a move into this status with.</summary>
    public static string EventFor(string status) => status switch
    {
        PartiallyCaptured or FullyCaptured => "order_captured",
        PartiallyRefunded or FullyRefunded => "order_refunded",
        _ => "order_" + status
    };

    public static IReadOnlyCollection<string> Events { get; } =
    [
        "order_approved", "order_declined", "order_authorised", "order_canceled", "order_updated", "order_captured",
        "order_refunded", "order_expired", "order_on_hold"
    ];
}
