using Nop.Plugin.Payments.Tamara.Api;

namespace Nop.Plugin.Payments.Tamara.Services.Retries;

/// <summary>
/// Represents an action that was not done now and, like one that could not reach Tamara, is queued and retried: Tamara
/// answered 409 twice to an order that still needs it, or Tamara was too slow earlier in the same admin request
/// </summary>
public class TamaraRetryLaterException : TamaraException
{
    public TamaraRetryLaterException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
