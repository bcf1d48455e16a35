using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Newtonsoft.Json;

namespace Nop.Plugin.Payments.Tamara.Tests.Support;

/// <summary>
/// Mints Tamara-style <c>tamaraToken</c> JWTs (HS256, <c>iss</c> "Tamara", <c>iat</c>, <c>exp</c>), and forged variants, for tests.
/// </summary>
public static class TamaraTokenMinter
{
    /// <summary>A token as Tamara sends it: issued at <paramref name="issuedAt"/>, valid for 30 minutes.</summary>
    public static string Mint(string notificationToken, DateTimeOffset issuedAt)
    {
        return Mint(notificationToken, new Dictionary<string, object>
        {
            ["iss"] = "Tamara",
            ["iat"] = issuedAt.ToUnixTimeSeconds(),
            ["exp"] = issuedAt.AddMinutes(30).ToUnixTimeSeconds()
        });
    }

    /// <summary>A token with any claims, signed with <paramref name="algorithm"/> (HS256, HS512 or none).</summary>
    public static string Mint(string notificationToken, IDictionary<string, object> claims, string algorithm = "HS256")
    {
        var header = Encode(JsonConvert.SerializeObject(new Dictionary<string, object> { ["alg"] = algorithm, ["typ"] = "JWT" }));
        var payload = Encode(JsonConvert.SerializeObject(claims));
        var signingInput = Encoding.ASCII.GetBytes($"{header}.{payload}");
        var key = Encoding.UTF8.GetBytes(notificationToken);
        var signature = algorithm switch
        {
            "HS256" => HMACSHA256.HashData(key, signingInput),
            "HS512" => HMACSHA512.HashData(key, signingInput),
            _ => []
        };

        return $"{header}.{payload}.{Base64Url.EncodeToString(signature)}";
    }

    private static string Encode(string json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));
}
