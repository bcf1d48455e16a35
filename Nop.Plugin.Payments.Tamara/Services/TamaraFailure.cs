using Nop.Plugin.Payments.Tamara.Api;

namespace Nop.Plugin.Payments.Tamara.Services;

/// <summary>
/// Tells a failure worth retrying (Tamara could not be reached or answered with a server error) from one that will
/// never succeed (Tamara refused the request)
/// </summary>
public static class TamaraFailure
{
    /// <summary>
    /// Gets a value indicating whether the call may succeed later: timeout, transport error, unreadable answer, 409, 429
    /// or 5xx
    /// </summary>
    /// <remarks>
    /// A 409 says the order was not in a state for the call at that moment, not that the call is wrong: a retry reads
    /// Tamara afresh and sends only what is still needed, so a conflict never ends an action for good.
    /// </remarks>
    /// <param name="exception">Exception thrown by the Tamara client</param>
    public static bool IsTransient(Exception exception)
    {
        return exception switch
        {
            TamaraApiException api => api.StatusCode is >= 500 or 429 or 409,
            TamaraException => true,
            _ => false
        };
    }

    /// <summary>
    /// Gets a short description of the failure for order notes and logs (the client never puts secrets in it)
    /// </summary>
    /// <param name="exception">Exception thrown by the Tamara client</param>
    public static string Describe(Exception exception)
    {
        return exception is TamaraApiException api
            ? $"HTTP {api.StatusCode}: {api.TamaraMessage ?? api.Message}{(api.ErrorCodes.Count > 0 ? $" ({string.Join(", ", api.ErrorCodes)})" : string.Empty)}"
            : exception.Message;
    }
}
