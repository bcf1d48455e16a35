namespace Nop.Plugin.Payments.Tamara.Api.Models;

/// <summary>
/// The event names Tamara sends in <c>event_type</c> and accepts when registering a webhook.
/// </summary>
public static class TamaraWebhookEvents
{
    public const string OrderApproved = "order_approved";

    public const string OrderDeclined = "order_declined";

    public const string OrderAuthorised = "order_authorised";

    public const string OrderCanceled = "order_canceled";

    public const string OrderCaptured = "order_captured";

    public const string OrderRefunded = "order_refunded";

    public const string OrderExpired = "order_expired";

    public const string OrderUpdated = "order_updated";

    public const string OrderOnHold = "order_on_hold";

    /// <summary>Every event above, for a registration that wants them all.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        OrderApproved, OrderDeclined, OrderAuthorised, OrderCanceled, OrderCaptured,
        OrderRefunded, OrderExpired, OrderUpdated, OrderOnHold
    ];
}
