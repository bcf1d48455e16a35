namespace Nop.Plugin.Payments.Tamara.Api.Notifications;

/// <summary>
/// Why a <c>tamaraToken</c> was refused.
/// </summary>
public enum TamaraTokenFailure
{
    None = 0,

    /// <summary>No token in the Authorization header nor in the query.</summary>
    Missing = 1,

    /// <summary>Not a JWT: wrong number of parts, bad base64url, bad JSON, no <c>exp</c>.</summary>
    Malformed = 2,

    /// <summary><c>alg</c> is not HS256 (none, HS512, RS256...).</summary>
    UnsupportedAlgorithm = 3,

    /// <summary>Not signed with the merchant's notification token, or changed after signing.</summary>
    BadSignature = 4,

    /// <summary><c>exp</c> is past, beyond the clock skew.</summary>
    Expired = 5,

    /// <summary><c>nbf</c> or <c>iat</c> is in the future, beyond the clock skew.</summary>
    NotYetValid = 6,

    /// <summary><c>iss</c> is not "Tamara".</summary>
    WrongIssuer = 7,

    /// <summary>The store has no notification token configured, so nothing can be verified.</summary>
    NotConfigured = 8
}
