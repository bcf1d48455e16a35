namespace Nop.Plugin.Payments.Tamara.Api;

/// <summary>
/// Base of every error the Tamara client raises. Messages never contain the API or notification token.
/// </summary>
public abstract class TamaraException : Exception
{
    protected TamaraException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <summary>HTTP method of the failed call, e.g. "POST".</summary>
    public string Method { get; init; } = string.Empty;

    /// <summary>Path of the failed call without the query string.</summary>
    public string Path { get; init; } = string.Empty;
}
