namespace Nop.Plugin.Payments.Tamara.Services.Checkout;

/// <summary>
/// Tells Tamara whether the shopper is on a phone (is_mobile), from the browser's User-Agent
/// </summary>
public static class TamaraDevice
{
    private static readonly string[] _mobileMarkers = ["Mobi", "Android", "iPhone", "iPad", "iPod", "Windows Phone"];

    /// <summary>
    /// Gets a value indicating whether a User-Agent is a mobile device's
    /// </summary>
    /// <param name="userAgent">User-Agent header</param>
    public static bool IsMobile(string? userAgent)
    {
        return !string.IsNullOrEmpty(userAgent) && _mobileMarkers.Any(marker => userAgent.Contains(marker, StringComparison.OrdinalIgnoreCase));
    }
}
