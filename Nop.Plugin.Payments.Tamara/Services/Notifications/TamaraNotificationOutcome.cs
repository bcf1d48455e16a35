namespace Nop.Plugin.Payments.Tamara.Services.Notifications;

/// <summary>
/// How a Tamara notification was answered
/// </summary>
public enum TamaraNotificationOutcome
{
    /// <summary>
    /// The order was synchronised with Tamara (200)
    /// </summary>
    Processed,

    /// <summary>
    /// The tamaraToken is missing or invalid: nothing was read or changed (401)
    /// </summary>
    Unauthorized,

    /// <summary>
    /// The body is not a Tamara notification (400)
    /// </summary>
    Malformed,

    /// <summary>
    /// No order of this store carries the Tamara order (404)
    /// </summary>
    UnknownOrder,

    /// <summary>
    /// The order is being synchronised by another request, or Tamara cannot be read now: Tamara should deliver again (503)
    /// </summary>
    RetryLater
}
