using Nop.Core.Domain.Stores;

namespace Nop.Plugin.Payments.Tamara.Services;

/// <summary>
/// Absolute URLs of a store, for the addresses Tamara calls or sends the shopper back to
/// </summary>
public static class TamaraStoreUrl
{
    /// <summary>
    /// Gets an absolute URL of a store
    /// </summary>
    /// <param name="store">Store</param>
    /// <param name="path">Path relative to the store root</param>
    /// <returns>Absolute URL, https when the store has SSL enabled</returns>
    public static string GetAbsoluteUrl(Store store, string path)
    {
        ArgumentNullException.ThrowIfNull(store);

        var location = (store.Url ?? string.Empty).Trim().TrimEnd('/') + "/";
        if (store.SslEnabled && location.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            location = $"https://{location["http://".Length..]}";

        return location + path.TrimStart('/');
    }
}
