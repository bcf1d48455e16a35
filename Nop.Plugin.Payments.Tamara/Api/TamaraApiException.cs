namespace Nop.Plugin.Payments.Tamara.Api;

/// <summary>
/// Tamara answered with an HTTP error status. Branch on <see cref="StatusCode"/> and <see cref="ErrorCodes"/>, never on the message.
/// A 409 comes as the subclass <see cref="TamaraConflictException"/>.
/// </summary>
public class TamaraApiException : TamaraException
{
    public TamaraApiException(string message, int statusCode, string? tamaraMessage, IReadOnlyList<TamaraApiError> errors)
        : base(message)
    {
        StatusCode = statusCode;
        TamaraMessage = tamaraMessage;
        Errors = errors;
        ErrorCodes = errors.Select(error => error.Code).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>HTTP status, e.g. 400, 401, 404, 500.</summary>
    public int StatusCode { get; }

    /// <summary>Tamara's own <c>message</c>, when it sent one.</summary>
    public string? TamaraMessage { get; }

    /// <summary>Every <c>errors[]</c> entry, plus codes Tamara put only in <c>message</c> (e.g. <c>refund.capture_not_found</c>).</summary>
    public IReadOnlyList<TamaraApiError> Errors { get; }

    /// <summary>The codes of <see cref="Errors"/>.</summary>
    public IReadOnlyList<string> ErrorCodes { get; }

    /// <summary>401 or 403: the API token is wrong or belongs to the other environment.</summary>
    public bool IsAuthenticationFailure => StatusCode is 401 or 403;

    /// <summary>404: Tamara does not know the order or webhook.</summary>
    public bool IsNotFound => StatusCode == 404;

    public bool HasErrorCode(string code)
    {
        return ErrorCodes.Contains(code, StringComparer.OrdinalIgnoreCase);
    }
}
