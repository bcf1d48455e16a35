using Newtonsoft.Json;

namespace Nop.Plugin.Payments.Tamara.Api.Models;

/// <summary>
/// The shipment a capture is for.
/// </summary>
public sealed class ShippingInfo
{
    /// <summary>Sent in UTC as ISO 8601, e.g. 2020-03-31T19:19:52.677Z.</summary>
    [JsonProperty("shipped_at")]
    public DateTimeOffset? ShippedAt { get; set; }

    [JsonProperty("shipping_company")]
    public string? ShippingCompany { get; set; }

    /// <summary>Sent as a string, as Tamara asks.</summary>
    [JsonProperty("tracking_number")]
    public string? TrackingNumber { get; set; }

    [JsonProperty("tracking_url")]
    public string? TrackingUrl { get; set; }
}
