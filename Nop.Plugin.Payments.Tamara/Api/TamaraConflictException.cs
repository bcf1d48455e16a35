namespace Nop.Plugin.Payments.Tamara.Api;

/// <summary>
/// Tamara answered 409: the action was already done, or the order's status forbids it. Tamara has no idempotency key,
/// so the caller reads the order again and reconciles instead of failing.
/// </summary>
public sealed class TamaraConflictException : TamaraApiException
{
    public TamaraConflictException(string message, string? tamaraMessage, IReadOnlyList<TamaraApiError> errors)
        : base(message, 409, tamaraMessage, errors)
    {
    }
}
