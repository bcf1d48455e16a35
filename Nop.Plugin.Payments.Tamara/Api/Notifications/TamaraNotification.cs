using Nop.Plugin.Payments.Tamara.Api.Models;

namespace Nop.Plugin.Payments.Tamara.Api.Notifications;

/// <summary>
/// A notification from Tamara, from either payload shape. It is a hint, not proof: the token does not cover the body,
/// so read the order from the API before acting.
/// </summary>
public sealed class TamaraNotification
{
    public string OrderId { get; init; } = string.Empty;

    public string? OrderReferenceId { get; init; }

    /// <summary>Only in the <c>event_type</c> shape.</summary>
    public string? OrderNumber { get; init; }

    /// <summary>The <c>order_status</c> of the older shape; null in the <c>event_type</c> shape.</summary>
    public TamaraOrderStatus? OrderStatus { get; init; }

    /// <summary>The raw <c>event_type</c> (e.g. "order_approved") or <c>order_status</c> (e.g. "approved") as sent.</summary>
    public string EventName { get; init; } = string.Empty;

    public TamaraNotificationEvent Event { get; init; }

    /// <summary>The <c>data</c> object's fields (scalars as strings, nested values as JSON text); empty when Tamara sent <c>[]</c>.</summary>
    public IReadOnlyDictionary<string, string> Data { get; init; } = new Dictionary<string, string>();
}
