using Nop.Plugin.Payments.Tamara.Tests.Support;
using System.Text;
using NUnit.Framework;
using Nop.Plugin.Payments.Tamara.Api.Notifications;

namespace Nop.Plugin.Payments.Tamara.Tests.Api.Notifications;

[TestFixture]
public class TamaraTokenVerifierTests
{
    private const string NotificationToken = "b7e1c0de-notification-token-5f2a";

    private static readonly DateTimeOffset _now = new(2026, 11, 21, 6, 0, 0, TimeSpan.Zero);

    private static TamaraTokenVerifier Verifier() => new(new FixedTimeProvider(_now));

    private static Dictionary<string, object> Claims(DateTimeOffset issuedAt, DateTimeOffset expiresAt, string issuer = "Tamara") => new()
    {
        ["iss"] = issuer,
        ["iat"] = issuedAt.ToUnixTimeSeconds(),
        ["exp"] = expiresAt.ToUnixTimeSeconds()
    };

    private static TamaraTokenFailure FailureOf(string token) => Verifier().Verify(null, token, NotificationToken).Failure;

    [Test]
    public void Tamara_token_in_the_authorization_header_is_valid()
    {
        var token = TamaraTokenMinter.Mint(NotificationToken, _now.AddMinutes(-1));

        var verification = Verifier().Verify($"Bearer {token}", null, NotificationToken);

        Assert.That(verification.IsValid, Is.True, verification.Reason);
    }

    [Test]
    public void Tamara_token_in_the_query_is_valid()
    {
        var token = TamaraTokenMinter.Mint(NotificationToken, _now.AddMinutes(-1));

        Assert.That(Verifier().Verify(null, token, NotificationToken).IsValid, Is.True);
    }

    [Test]
    public void Pasted_notification_token_with_line_breaks_still_verifies()
    {
        var token = TamaraTokenMinter.Mint(NotificationToken, _now);

        Assert.That(Verifier().Verify(null, token, $"  {NotificationToken[..10]}\r\n{NotificationToken[10..]} ").IsValid, Is.True);
    }

    [Test]
    public void Valid_query_token_wins_over_a_foreign_authorization_header()
    {
        var token = TamaraTokenMinter.Mint(NotificationToken, _now);

        Assert.That(Verifier().Verify("Bearer some-merchant-header-value", token, NotificationToken).IsValid, Is.True);
    }

    [Test]
    public void Expired_token_is_refused()
    {
        Assert.That(FailureOf(TamaraTokenMinter.Mint(NotificationToken, Claims(_now.AddMinutes(-40), _now.AddMinutes(-10)))),
            Is.EqualTo(TamaraTokenFailure.Expired));
    }

    [Test]
    public void Token_expired_within_the_clock_skew_is_accepted()
    {
        Assert.That(FailureOf(TamaraTokenMinter.Mint(NotificationToken, Claims(_now.AddMinutes(-30), _now.AddSeconds(-20)))),
            Is.EqualTo(TamaraTokenFailure.None));
    }

    [Test]
    public void Token_issued_in_the_future_is_not_yet_valid()
    {
        Assert.That(FailureOf(TamaraTokenMinter.Mint(NotificationToken, Claims(_now.AddMinutes(10), _now.AddMinutes(40)))),
            Is.EqualTo(TamaraTokenFailure.NotYetValid));
    }

    [Test]
    public void Token_with_a_future_not_before_is_not_yet_valid()
    {
        var claims = Claims(_now, _now.AddMinutes(30));
        claims["nbf"] = _now.AddMinutes(5).ToUnixTimeSeconds();

        Assert.That(FailureOf(TamaraTokenMinter.Mint(NotificationToken, claims)), Is.EqualTo(TamaraTokenFailure.NotYetValid));
    }

    [TestCase("exp", 1e20)]
    [TestCase("exp", -1e20)]
    [TestCase("exp", 9.3e18)]
    [TestCase("iat", 1e20)]
    [TestCase("iat", -1e20)]
    [TestCase("nbf", 1e20)]
    [TestCase("nbf", -1e20)]
    public void Correctly_signed_token_with_an_out_of_range_time_claim_is_refused_without_throwing(string claim, double seconds)
    {
        var claims = Claims(_now, _now.AddMinutes(30));
        claims[claim] = seconds;

        Assert.That(FailureOf(TamaraTokenMinter.Mint(NotificationToken, claims)), Is.EqualTo(TamaraTokenFailure.Malformed));
    }

    [Test]
    public void Correctly_signed_token_with_a_huge_integer_expiry_is_refused_without_throwing()
    {
        var claims = Claims(_now, _now.AddMinutes(30));
        claims["exp"] = System.Numerics.BigInteger.Pow(10, 30);

        Assert.That(FailureOf(TamaraTokenMinter.Mint(NotificationToken, claims)), Is.EqualTo(TamaraTokenFailure.Malformed));
    }

    [Test]
    public void Token_without_expiry_is_refused()
    {
        var claims = new Dictionary<string, object> { ["iss"] = "Tamara", ["iat"] = _now.ToUnixTimeSeconds() };

        Assert.That(FailureOf(TamaraTokenMinter.Mint(NotificationToken, claims)), Is.EqualTo(TamaraTokenFailure.Malformed));
    }

    [Test]
    public void Token_signed_with_another_key_has_a_bad_signature()
    {
        Assert.That(FailureOf(TamaraTokenMinter.Mint("another-merchants-token", _now)), Is.EqualTo(TamaraTokenFailure.BadSignature));
    }

    [Test]
    public void Tampered_payload_has_a_bad_signature()
    {
        var parts = TamaraTokenMinter.Mint(NotificationToken, _now).Split('.');
        var forgedClaims = Claims(_now, _now.AddYears(1));
        var forgedPayload = Convert.ToBase64String(Encoding.UTF8.GetBytes(Newtonsoft.Json.JsonConvert.SerializeObject(forgedClaims)))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

        Assert.That(FailureOf($"{parts[0]}.{forgedPayload}.{parts[2]}"), Is.EqualTo(TamaraTokenFailure.BadSignature));
    }

    [Test]
    public void Unsigned_alg_none_token_is_refused()
    {
        var token = TamaraTokenMinter.Mint(NotificationToken, Claims(_now, _now.AddMinutes(30)), "none");

        Assert.That(FailureOf(token), Is.EqualTo(TamaraTokenFailure.UnsupportedAlgorithm));
        Assert.That(FailureOf(token + "c2ln"), Is.EqualTo(TamaraTokenFailure.UnsupportedAlgorithm));
    }

    [Test]
    public void Hs512_token_signed_with_the_right_key_is_refused()
    {
        var token = TamaraTokenMinter.Mint(NotificationToken, Claims(_now, _now.AddMinutes(30)), "HS512");

        Assert.That(FailureOf(token), Is.EqualTo(TamaraTokenFailure.UnsupportedAlgorithm));
    }

    [Test]
    public void Token_from_another_issuer_is_refused()
    {
        Assert.That(FailureOf(TamaraTokenMinter.Mint(NotificationToken, Claims(_now, _now.AddMinutes(30), "Tamarah"))),
            Is.EqualTo(TamaraTokenFailure.WrongIssuer));
    }

    [TestCase(null, null)]
    [TestCase("", "  ")]
    [TestCase("Basic dXNlcjpwYXNz", null)]
    public void No_token_is_missing(string? header, string? query)
    {
        Assert.That(Verifier().Verify(header, query, NotificationToken).Failure, Is.EqualTo(TamaraTokenFailure.Missing));
    }

    [TestCase("garbage")]
    [TestCase("a.b.c")]
    [TestCase("...")]
    [TestCase("eyJhbGciOiJIUzI1NiJ9.!!!.@@@")]
    [TestCase("e30.e30.e30.e30")]
    public void Garbage_is_refused_without_throwing(string token)
    {
        var verification = Verifier().Verify($"Bearer {token}", token, NotificationToken);

        Assert.That(verification.IsValid, Is.False);
        Assert.That(verification.Failure, Is.AnyOf(TamaraTokenFailure.Malformed, TamaraTokenFailure.UnsupportedAlgorithm));
    }

    [Test]
    public void Store_without_a_notification_token_accepts_nothing()
    {
        var tokenSignedWithEmptyKey = TamaraTokenMinter.Mint(string.Empty, _now);

        Assert.That(Verifier().Verify(null, tokenSignedWithEmptyKey, " ").Failure, Is.EqualTo(TamaraTokenFailure.NotConfigured));
    }

    [Test]
    public void Reasons_never_contain_the_tokens()
    {
        var token = TamaraTokenMinter.Mint("another-merchants-token", _now);

        var verification = Verifier().Verify($"Bearer {token}", token, NotificationToken);

        Assert.That(verification.ToString(), Does.Not.Contain(token).And.Not.Contain(NotificationToken));
    }
}
