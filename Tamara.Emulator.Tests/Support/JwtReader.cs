using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Tamara.Emulator.Tests.Support;

/// <summary>The tests' own HS256 check of a tamaraToken, independent of the emulator's signer.</summary>
public static class JwtReader
{
    public static byte[] FromBase64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        padded += new string('=', (4 - padded.Length % 4) % 4);
        return Convert.FromBase64String(padded);
    }

    public static JsonObject Part(string token, int index) => JsonNode.Parse(FromBase64Url(token.Split('.')[index]))!.AsObject();

    public static bool HasValidSignature(string token, string secret)
    {
        var parts = token.Split('.');
        if (parts.Length != 3)
            return false;
        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}"));
        return CryptographicOperations.FixedTimeEquals(expected, FromBase64Url(parts[2]));
    }
}
