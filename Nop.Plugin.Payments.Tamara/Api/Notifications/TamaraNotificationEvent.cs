namespace Nop.Plugin.Payments.Tamara.Api.Notifications;

/// <summary>
/// What a notification announces, whichever payload shape carried it.
/// </summary>
public enum TamaraNotificationEvent
{
    Unknown = 0,
    Approved = 1,
    Declined = 2,
    Authorised = 3,
    Canceled = 4,
    Captured = 5,
    Refunded = 6,
    Expired = 7,
    Updated = 8,
    OnHold = 9
}
