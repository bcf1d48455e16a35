namespace Tamara.Emulator.Infrastructure;

/// <summary>Adds query parameters to a URL the way browsers and servers expect: "?" or "&amp;", before any #fragment.</summary>
internal static class UrlQuery
{
    public static string Append(string url, params (string Name, string Value)[] parameters)
    {
        var fragmentAt = url.IndexOf('#');
        var beforeFragment = fragmentAt < 0 ? url : url[..fragmentAt];
        var fragment = fragmentAt < 0 ? string.Empty : url[fragmentAt..];
        var query = string.Join("&", parameters.Select(parameter => $"{Uri.EscapeDataString(parameter.Name)}={Uri.EscapeDataString(parameter.Value)}"));
        var separator = !beforeFragment.Contains('?') ? "?" : beforeFragment.EndsWith('?') || beforeFragment.EndsWith('&') ? string.Empty : "&";
        return $"{beforeFragment}{separator}{query}{fragment}";
    }
}
