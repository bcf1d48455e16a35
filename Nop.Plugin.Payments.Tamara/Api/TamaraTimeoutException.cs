namespace Nop.Plugin.Payments.Tamara.Api;

/// <summary>
/// Tamara did not answer within the configured time. For a write the outcome is unknown: read the order to find out.
/// </summary>
public sealed class TamaraTimeoutException : TamaraException
{
    public TamaraTimeoutException(string message, TimeSpan timeout, Exception? innerException = null)
        : base(message, innerException)
    {
        Timeout = timeout;
    }

    public TimeSpan Timeout { get; }
}
