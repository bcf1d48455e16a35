using Newtonsoft.Json;

namespace Nop.Plugin.Payments.Tamara.Api.Models;

/// <summary>
/// Where Tamara sends the shopper back to and where it posts the order's notifications (absolute URLs).
/// </summary>
public sealed class MerchantUrl
{
    [JsonProperty("cancel")]
    public string? Cancel { get; set; }

    [JsonProperty("failure")]
    public string? Failure { get; set; }

    [JsonProperty("success")]
    public string? Success { get; set; }

    [JsonProperty("notification")]
    public string? Notification { get; set; }
}
