namespace Nop.Plugin.Payments.Tamara.Api;

/// <summary>
/// Tamara could not be reached or dropped the connection (refused, reset, name not resolved, TLS failure).
/// </summary>
public sealed class TamaraConnectionException : TamaraException
{
    public TamaraConnectionException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
