using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

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

    //the seconds since 1970 a DateTimeOffset can hold: a claim outside them is refused, as converting it would overflow
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

    /// <summary>The claims the verifier reads, from the JWT header or payload.</summary>
    private readonly record struct JwtPart(string? Algorithm, string? Issuer, TimeClaim ExpiresAt, TimeClaim NotBefore, TimeClaim IssuedAt);

    /// <summary>A NumericDate claim: absent, a time, or present but holding no time a date can hold (then refused).</summary>
    private readonly record struct TimeClaim(bool Present, DateTimeOffset? Time)
    {
        public bool Unusable => Present && Time is null;
    }

    private static TimeClaim NumericDateClaim(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDouble(out var value))
            return new TimeClaim(true, null);

        var seconds = Math.Floor(value);
        return double.IsFinite(seconds) && seconds >= MinUnixSeconds && seconds <= MaxUnixSeconds
            ? new TimeClaim(true, DateTimeOffset.FromUnixTimeSeconds((long)seconds))
            : new TimeClaim(true, null);
    }

    private static string? StringClaim(ref Utf8JsonReader reader)
    {
        return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
    }

    /// <summary>A base64url JSON object's claims, read straight from its bytes; null when it is not one.</summary>
    private static JwtPart? DecodeJsonPart(ReadOnlySpan<char> part)
    {
        if (!Base64Url.IsValid(part))
            return null;

        var buffer = ArrayPool<byte>.Shared.Rent(Base64Url.GetMaxDecodedLength(part.Length));
        try
        {
            if (!Base64Url.TryDecodeFromChars(part, buffer, out var length))
                return null;

            var reader = new Utf8JsonReader(buffer.AsSpan(0, length));
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                return null;

            var claims = new JwtPart();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.ValueSpan;
                reader.Read();
                if (name.SequenceEqual("alg"u8))
                    claims = claims with { Algorithm = StringClaim(ref reader) };
                else if (name.SequenceEqual("iss"u8))
                    claims = claims with { Issuer = StringClaim(ref reader) };
                else if (name.SequenceEqual("exp"u8))
                    claims = claims with { ExpiresAt = NumericDateClaim(ref reader) };
                else if (name.SequenceEqual("nbf"u8))
                    claims = claims with { NotBefore = NumericDateClaim(ref reader) };
                else if (name.SequenceEqual("iat"u8))
                    claims = claims with { IssuedAt = NumericDateClaim(ref reader) };
                reader.Skip();
            }

            return reader.Read() ? null : claims;
        }
        catch (JsonException)
        {
            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Whether the signature is HMAC-SHA256 of the signing input (header.payload, ASCII) with the key.</summary>
    private static bool HasValidSignature(ReadOnlySpan<char> signingInput, ReadOnlySpan<byte> signature, byte[] key)
    {
        var input = ArrayPool<byte>.Shared.Rent(signingInput.Length);
        try
        {
            var length = Encoding.ASCII.GetBytes(signingInput, input);
            Span<byte> expected = stackalloc byte[HMACSHA256.HashSizeInBytes];
            HMACSHA256.HashData(key, input.AsSpan(0, length), expected);
            return CryptographicOperations.FixedTimeEquals(expected, signature);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(input);
        }
    }

    private TamaraTokenVerification VerifyToken(string token, byte[] key)
    {
        var firstDot = token.IndexOf('.');
        var secondDot = firstDot < 0 ? -1 : token.IndexOf('.', firstDot + 1);
        if (secondDot < 0 || token.IndexOf('.', secondDot + 1) >= 0)
            return Fail(TamaraTokenFailure.Malformed, "the token is not a JWT (three parts)");

        var header = DecodeJsonPart(token.AsSpan(0, firstDot));
        if (header is null)
            return Fail(TamaraTokenFailure.Malformed, "the token header is not base64url JSON");

        if (header.Value.Algorithm != "HS256")
            return Fail(TamaraTokenFailure.UnsupportedAlgorithm, "the token is not signed with HS256");

        var encodedSignature = token.AsSpan(secondDot + 1);
        if (!Base64Url.IsValid(encodedSignature))
            return Fail(TamaraTokenFailure.Malformed, "the token signature is not base64url");

        // Longer than any HMAC-SHA256 signature fits: it cannot match.
        Span<byte> signature = stackalloc byte[64];
        if (!Base64Url.TryDecodeFromChars(encodedSignature, signature, out var signatureLength)
            || !HasValidSignature(token.AsSpan(0, secondDot), signature[..signatureLength], key))
            return Fail(TamaraTokenFailure.BadSignature, "the token signature does not match the notification token");

        var claims = DecodeJsonPart(token.AsSpan(firstDot + 1, secondDot - firstDot - 1));
        if (claims is null)
            return Fail(TamaraTokenFailure.Malformed, "the token payload is not base64url JSON");

        if (claims.Value.Issuer != Issuer)
            return Fail(TamaraTokenFailure.WrongIssuer, "the token was not issued by Tamara");

        if (claims.Value.ExpiresAt.Time is not { } expiresAt)
            return Fail(TamaraTokenFailure.Malformed, "the token has no exp claim holding a date");

        if (claims.Value.NotBefore.Unusable || claims.Value.IssuedAt.Unusable)
            return Fail(TamaraTokenFailure.Malformed, "the token's nbf or iat claim does not hold a date");

        //the skew moves "now", never the claims: a claim near the end of time cannot overflow
        var now = _timeProvider.GetUtcNow();
        if (now - ClockSkew > expiresAt)
            return Fail(TamaraTokenFailure.Expired, "the token has expired");

        if (claims.Value.NotBefore.Time > now + ClockSkew)
            return Fail(TamaraTokenFailure.NotYetValid, "the token is not valid yet (nbf)");

        if (claims.Value.IssuedAt.Time > now + ClockSkew)
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
