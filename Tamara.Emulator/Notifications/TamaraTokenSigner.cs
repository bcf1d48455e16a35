using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Tamara.Emulator.Notifications;

/// <summary>
/// Makes the tamaraToken Tamara attaches to notifications: a JWT, header {"alg":"HS256","typ":"JWT"}, claims only iss
/// "Tamara", iat and exp, signed with HMAC-SHA256 keyed with the UTF-8 bytes of the merchant's notification token.
/// </summary>
internal sealed class TamaraTokenSigner
{
    #region Fields

    private readonly TamaraEmulatorOptions _options;

    #endregion

    #region Ctor

    public TamaraTokenSigner(TamaraEmulatorOptions options)
    {
        _options = options;
    }

    #endregion

    #region Utilities

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    #endregion

    #region Methods

    /// <summary>
    /// Signs a token issued at <paramref name="issuedAt"/>. Notifications use the real time, not the emulated clock:
    /// the receiver checks exp against its own clock.
    /// </summary>
    public string Sign(DateTimeOffset issuedAt)
    {
        var header = """{"alg":"HS256","typ":"JWT"}""";
        var claims = new JsonObject
        {
            ["iss"] = "Tamara",
            ["iat"] = issuedAt.ToUnixTimeSeconds(),
            ["exp"] = (issuedAt + _options.TokenLifetime).ToUnixTimeSeconds()
        }.ToJsonString();

        var signingInput = $"{Base64Url(Encoding.UTF8.GetBytes(header))}.{Base64Url(Encoding.UTF8.GetBytes(claims))}";
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(_options.NotificationToken), Encoding.ASCII.GetBytes(signingInput));
        return $"{signingInput}.{Base64Url(signature)}";
    }

    #endregion
}
