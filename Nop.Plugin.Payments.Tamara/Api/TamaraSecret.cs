namespace Nop.Plugin.Payments.Tamara.Api;

/// <summary>
/// Tokens are long JWTs pasted from Tamara's portal, often with line breaks in them.
/// </summary>
internal static class TamaraSecret
{
    public static string Clean(string? token)
    {
        return token is null ? string.Empty : string.Concat(token.Where(c => !char.IsWhiteSpace(c)));
    }
}
