namespace Nop.Plugin.Payments.Tamara.Api.Notifications;

/// <summary>
/// Checks the <c>tamaraToken</c> JWT that comes with each Tamara notification.
/// </summary>
public interface ITamaraTokenVerifier
{
    /// <summary>
    /// Verifies the token from the Authorization header ("Bearer ...") or from the <c>tamaraToken</c> query parameter;
    /// valid when either one is. Never throws on bad input.
    /// </summary>
    /// <param name="authorizationHeader">The raw Authorization header value, or null.</param>
    /// <param name="queryToken">The raw <c>tamaraToken</c> query value, or null.</param>
    /// <param name="notificationToken">The merchant's notification token (the HS256 key); whitespace is ignored.</param>
    TamaraTokenVerification Verify(string? authorizationHeader, string? queryToken, string? notificationToken);
}
