using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Nop.Plugin.Payments.Tamara.Api.Serialization;

namespace Nop.Plugin.Payments.Tamara.Api.Notifications;

/// <summary>
/// Verifies Tamara's <c>tamaraToken</c>: a JWT signed HS256 with the merchant's notification token, claims <c>iss</c> "Tamara",
/// <c>iat</c> and <c>exp</c>. Written on the framework's own HMAC so the package needs no JWT library.
/// </summary>
public sealed class TamaraTokenVerifier : ITamaraTokenVerifier
{
    #region Fields

    public const string Issuer = "Tamara";

    /// <summary>How far Tamara's clock and ours may drift apart.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(1);

    private const string BearerPrefix = "Bearer ";

    private static readonly long MinUnixSeconds = DateTimeOffset.MinValue.ToUnixTimeSeconds();

    private static readonly long MaxUnixSeconds = DateTimeOffset.MaxValue.ToUnixTimeSeconds();

    private readonly TimeProvider _timeProvider;

    #endregion

    #region Ctor

    public TamaraTokenVerifier(TimeProvider timeProvider)
    {
        _timeProvider = timeProvider;
    }

    #endregion

    #region Utilities

    private static string? BearerToken(string? authorizationHeader)
    {
        var header = authorizationHeader?.Trim();
        return header is not null && header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase)
            ? header[BearerPrefix.Length..].Trim()
            : null;
    }

    private static TamaraTokenVerification Fail(TamaraTokenFailure failure, string reason)
    {
        return new TamaraTokenVerification(failure, reason);
    }

    private static JObject? DecodeJsonPart(string part)
    {
        try
        {
            return TamaraJson.Parse(Encoding.UTF8.GetString(Base64Url.DecodeFromChars(part))) as JObject;
        }
        catch (Exception exception) when (exception is FormatException or JsonException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// Reads a NumericDate claim (seconds since 1970). A claim that is present but not a number a date can hold is
    /// refused rather than read: converting it would overflow.
    /// </summary>
    /// <returns>False when the claim is present but unusable; otherwise true, with the time or null when absent</returns>
    private static bool TryReadTimeClaim(JObject claims, string name, out DateTimeOffset? time)
    {
        time = null;
        var claim = claims[name];
        if (claim is null)
            return true;

        if (claim is not JValue { Type: JTokenType.Integer or JTokenType.Float } value)
            return false;

        var seconds = Math.Floor((double)value);
        if (double.IsNaN(seconds) || seconds < MinUnixSeconds || seconds > MaxUnixSeconds)
            return false;

        time = DateTimeOffset.FromUnixTimeSeconds((long)seconds);
        return true;
    }

    private TamaraTokenVerification VerifyToken(string token, byte[] key)
    {
        var parts = token.Split('.');
        if (parts.Length != 3)
            return Fail(TamaraTokenFailure.Malformed, "the token is not a JWT (three parts)");

        var header = DecodeJsonPart(parts[0]);
        if (header is null)
            return Fail(TamaraTokenFailure.Malformed, "the token header is not base64url JSON");

        if (header["alg"] is not JValue { Type: JTokenType.String } alg || (string?)alg != "HS256")
            return Fail(TamaraTokenFailure.UnsupportedAlgorithm, "the token is not signed with HS256");

        byte[] signature;
        try
        {
            signature = Base64Url.DecodeFromChars(parts[2]);
        }
        catch (FormatException)
        {
            return Fail(TamaraTokenFailure.Malformed, "the token signature is not base64url");
        }

        var expected = HMACSHA256.HashData(key, Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}"));
        if (!CryptographicOperations.FixedTimeEquals(expected, signature))
            return Fail(TamaraTokenFailure.BadSignature, "the token signature does not match the notification token");

        var claims = DecodeJsonPart(parts[1]);
        if (claims is null)
            return Fail(TamaraTokenFailure.Malformed, "the token payload is not base64url JSON");

        if (claims["iss"] is not JValue { Type: JTokenType.String } issuer || (string?)issuer != Issuer)
            return Fail(TamaraTokenFailure.WrongIssuer, "the token was not issued by Tamara");

        if (!TryReadTimeClaim(claims, "exp", out var expiresAt) || expiresAt is null)
            return Fail(TamaraTokenFailure.Malformed, "the token has no exp claim holding a date");

        if (!TryReadTimeClaim(claims, "nbf", out var notBefore) || !TryReadTimeClaim(claims, "iat", out var issuedAt))
            return Fail(TamaraTokenFailure.Malformed, "the token's nbf or iat claim does not hold a date");

        //the skew moves "now", never the claims: a claim near the end of time cannot overflow
        var now = _timeProvider.GetUtcNow();
        if (now - ClockSkew > expiresAt)
            return Fail(TamaraTokenFailure.Expired, "the token has expired");

        if (notBefore > now + ClockSkew)
            return Fail(TamaraTokenFailure.NotYetValid, "the token is not valid yet (nbf)");

        if (issuedAt > now + ClockSkew)
            return Fail(TamaraTokenFailure.NotYetValid, "the token was issued in the future (iat)");

        return TamaraTokenVerification.Valid;
    }

    #endregion

    #region Methods

    public TamaraTokenVerification Verify(string? authorizationHeader, string? queryToken, string? notificationToken)
    {
        var key = TamaraSecret.Clean(notificationToken);
        if (key.Length == 0)
            return Fail(TamaraTokenFailure.NotConfigured, "no notification token is configured");

        var candidates = new[] { BearerToken(authorizationHeader), queryToken?.Trim() }
            .Where(token => !string.IsNullOrEmpty(token))
            .Select(token => token!)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (candidates.Count == 0)
            return Fail(TamaraTokenFailure.Missing, "no tamaraToken in the Authorization header or the query");

        var keyBytes = Encoding.UTF8.GetBytes(key);
        TamaraTokenVerification? firstFailure = null;
        foreach (var candidate in candidates)
        {
            var verification = VerifyToken(candidate, keyBytes);
            if (verification.IsValid)
                return verification;

            firstFailure ??= verification;
        }

        return firstFailure!;
    }

    #endregion
}
