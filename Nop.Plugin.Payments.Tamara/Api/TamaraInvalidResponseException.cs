namespace Nop.Plugin.Payments.Tamara.Api;

/// <summary>
/// Tamara answered with a success status but a body that is not the expected JSON. For a write the action may have
/// happened: read the order to find out.
/// </summary>
public sealed class TamaraInvalidResponseException : TamaraException
{
    public TamaraInvalidResponseException(string message, int statusCode, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
    }

    public int StatusCode { get; }
}
