using Nop.Plugin.Payments.Tamara.Api;

namespace Nop.Plugin.Payments.Tamara.Services.Retries;

/// <summary>
/// Represents an action Tamara answered but could not take now (a second 409 on an order that still needs it): like an
/// unreachable Tamara, it is queued and retried
/// </summary>
public class TamaraRetryLaterException : TamaraException
{
    public TamaraRetryLaterException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
