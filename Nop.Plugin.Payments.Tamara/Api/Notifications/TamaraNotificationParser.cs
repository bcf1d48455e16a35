using System.Diagnostics.CodeAnalysis;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Nop.Plugin.Payments.Tamara.Api.Models;
using Nop.Plugin.Payments.Tamara.Api.Serialization;

namespace Nop.Plugin.Payments.Tamara.Api.Notifications;

/// <summary>
/// Reads both notification payload shapes: <c>{order_id, order_reference_id, order_status, data}</c> and
/// <c>{order_id, order_reference_id, order_number, event_type, data}</c>, with <c>data</c> as <c>[]</c> or an object.
/// </summary>
public static class TamaraNotificationParser
{
    #region Fields

    private static readonly Dictionary<string, TamaraNotificationEvent> _eventsByName = new(StringComparer.OrdinalIgnoreCase)
    {
        [TamaraWebhookEvents.OrderApproved] = TamaraNotificationEvent.Approved,
        [TamaraWebhookEvents.OrderDeclined] = TamaraNotificationEvent.Declined,
        [TamaraWebhookEvents.OrderAuthorised] = TamaraNotificationEvent.Authorised,
        [TamaraWebhookEvents.OrderCanceled] = TamaraNotificationEvent.Canceled,
        [TamaraWebhookEvents.OrderCaptured] = TamaraNotificationEvent.Captured,
        [TamaraWebhookEvents.OrderRefunded] = TamaraNotificationEvent.Refunded,
        [TamaraWebhookEvents.OrderExpired] = TamaraNotificationEvent.Expired,
        [TamaraWebhookEvents.OrderUpdated] = TamaraNotificationEvent.Updated,
        [TamaraWebhookEvents.OrderOnHold] = TamaraNotificationEvent.OnHold
    };

    #endregion

    #region Utilities

    private static TamaraNotificationEvent EventOfStatus(TamaraOrderStatus status)
    {
        return status switch
        {
            TamaraOrderStatus.Approved => TamaraNotificationEvent.Approved,
            TamaraOrderStatus.Declined => TamaraNotificationEvent.Declined,
            TamaraOrderStatus.Authorised => TamaraNotificationEvent.Authorised,
            TamaraOrderStatus.Canceled => TamaraNotificationEvent.Canceled,
            TamaraOrderStatus.PartiallyCaptured or TamaraOrderStatus.FullyCaptured => TamaraNotificationEvent.Captured,
            TamaraOrderStatus.PartiallyRefunded or TamaraOrderStatus.FullyRefunded => TamaraNotificationEvent.Refunded,
            TamaraOrderStatus.Expired => TamaraNotificationEvent.Expired,
            TamaraOrderStatus.Updated => TamaraNotificationEvent.Updated,
            TamaraOrderStatus.OnHold => TamaraNotificationEvent.OnHold,
            _ => TamaraNotificationEvent.Unknown
        };
    }

    private static string? Text(JObject payload, string name)
    {
        return payload[name] is JValue { Type: not JTokenType.Null } value ? TamaraJson.ToText(value).Trim() : null;
    }

    #endregion

    #region Methods

    /// <summary>
    /// False when the body is not a JSON object, or has no order_id, or neither event_type nor order_status; never throws.
    /// </summary>
    public static bool TryParse(string? body, [NotNullWhen(true)] out TamaraNotification? notification)
    {
        notification = null;
        JObject? payload;
        try
        {
            payload = TamaraJson.Parse(body ?? string.Empty) as JObject;
        }
        catch (JsonException)
        {
            return false;
        }

        var orderId = payload is null ? null : Text(payload, "order_id");
        if (payload is null || string.IsNullOrEmpty(orderId))
            return false;

        var eventType = Text(payload, "event_type");
        var orderStatusText = Text(payload, "order_status");
        if (string.IsNullOrEmpty(eventType) && string.IsNullOrEmpty(orderStatusText))
            return false;

        TamaraOrderStatus? orderStatus = string.IsNullOrEmpty(orderStatusText)
            ? null
            : TamaraJson.ToObject<TamaraOrderStatus>(new JValue(orderStatusText));
        var notificationEvent = string.IsNullOrEmpty(eventType)
            ? EventOfStatus(orderStatus!.Value)
            : _eventsByName.GetValueOrDefault(eventType, TamaraNotificationEvent.Unknown);

        notification = new TamaraNotification
        {
            OrderId = orderId,
            OrderReferenceId = Text(payload, "order_reference_id"),
            OrderNumber = Text(payload, "order_number"),
            OrderStatus = orderStatus,
            EventName = eventType ?? orderStatusText!,
            Event = notificationEvent,
            Data = TamaraJson.ToTextMap(payload["data"])
        };

        return true;
    }

    #endregion
}
