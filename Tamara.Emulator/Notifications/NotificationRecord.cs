namespace Tamara.Emulator.Notifications;

/// <summary>Where a notification is in its delivery.</summary>
public enum DeliveryState
{
    Pending,
    Delivered,
    Failed
}

/// <summary>One attempt to deliver a notification and what the receiver answered (status code, or the transport error).</summary>
public sealed record DeliveryAttempt(DateTimeOffset At, string Url, int? StatusCode, string? Error, string? ResponseBody);

/// <summary>
/// A notification sent (or being sent) to one receiver. Channel is "merchant_url" for the order's
/// merchant_url.notification or "webhook:{webhook_id}". Url is the receiver's URL without the token.
/// </summary>
public sealed record NotificationRecord(
    int Id,
    string OrderId,
    string Status,
    string EventType,
    string Channel,
    string Url,
    string Payload,
    string Token,
    bool IsDuplicate,
    DeliveryState State,
    IReadOnlyList<DeliveryAttempt> Attempts);
