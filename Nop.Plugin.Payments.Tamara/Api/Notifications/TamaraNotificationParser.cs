using System.Globalization;
using System.Diagnostics.CodeAnalysis;
using Newtonsoft.Json;
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

    /// <summary>A scalar as text (strings as they are, other scalars invariantly); null for null, objects and arrays.</summary>
    private static string? Text(JsonReader reader)
    {
        if (reader.TokenType is JsonToken.StartObject or JsonToken.StartArray)
        {
            reader.Skip();
            return null;
        }

        return reader.Value is { } value ? Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim() : null;
    }

    /// <summary>The fields of the data object as text, nested values as compact JSON; anything else (Tamara sends [] for none) is empty.</summary>
    private static Dictionary<string, string> Data(JsonReader reader)
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        if (reader.TokenType != JsonToken.StartObject)
        {
            reader.Skip();
            return data;
        }

        while (JsonTokens.NextProperty(reader) is { } name)
        {
            if (reader.TokenType is JsonToken.StartObject or JsonToken.StartArray)
            {
                using var text = new StringWriter(CultureInfo.InvariantCulture);
                using (var writer = new JsonTextWriter(text))
                    writer.WriteToken(reader);
                data[name] = text.ToString();
            }
            else
                data[name] = reader.Value is { } value ? Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty : string.Empty;
        }

        return data;
    }

    private sealed class Fields
    {
        public string? OrderId;
        public string? OrderReferenceId;
        public string? OrderNumber;
        public string? EventType;
        public string? OrderStatus;
        public Dictionary<string, string>? Data;
    }

    /// <summary>Reads the payload's fields in one pass over the text; null when it is not one JSON object.</summary>
    private static Fields? Read(string body)
    {
        using var reader = new JsonTextReader(new StringReader(body))
        {
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Decimal,
            ArrayPool = JsonCharPool.Instance
        };
        if (!reader.Read() || reader.TokenType != JsonToken.StartObject)
            return null;

        var fields = new Fields();
        while (JsonTokens.NextProperty(reader) is { } name)
        {
            switch (name)
            {
                case "order_id": fields.OrderId = Text(reader); break;
                case "order_reference_id": fields.OrderReferenceId = Text(reader); break;
                case "order_number": fields.OrderNumber = Text(reader); break;
                case "event_type": fields.EventType = Text(reader); break;
                case "order_status": fields.OrderStatus = Text(reader); break;
                case "data": fields.Data = Data(reader); break;
                default: reader.Skip(); break;
            }
        }

        return reader.Read() ? null : fields;
    }

    #endregion

    #region Methods

    /// <summary>
    /// False when the body is not a JSON object, or has no order_id, or neither event_type nor order_status; never throws.
    /// </summary>
    public static bool TryParse(string? body, [NotNullWhen(true)] out TamaraNotification? notification)
    {
        notification = null;
        Fields? payload;
        try
        {
            payload = Read(body ?? string.Empty);
        }
        catch (JsonException)
        {
            return false;
        }

        var orderId = payload?.OrderId;
        if (payload is null || string.IsNullOrEmpty(orderId))
            return false;

        var eventType = payload.EventType;
        var orderStatusText = payload.OrderStatus;
        if (string.IsNullOrEmpty(eventType) && string.IsNullOrEmpty(orderStatusText))
            return false;

        TamaraOrderStatus? orderStatus = string.IsNullOrEmpty(orderStatusText) ? null : TamaraEnumConverter.FromText<TamaraOrderStatus>(orderStatusText);
        var notificationEvent = string.IsNullOrEmpty(eventType)
            ? EventOfStatus(orderStatus!.Value)
            : _eventsByName.GetValueOrDefault(eventType, TamaraNotificationEvent.Unknown);

        notification = new TamaraNotification
        {
            OrderId = orderId,
            OrderReferenceId = payload.OrderReferenceId,
            OrderNumber = payload.OrderNumber,
            OrderStatus = orderStatus,
            EventName = eventType ?? orderStatusText!,
            Event = notificationEvent,
            Data = payload.Data ?? new Dictionary<string, string>()
        };

        return true;
    }

    #endregion
}
