using Newtonsoft.Json;

namespace Nop.Plugin.Payments.Tamara.Api.Models;

/// <summary>
/// A registered webhook.
/// </summary>
public sealed class Webhook
{
    [JsonProperty("webhook_id")]
    public string WebhookId { get; set; } = string.Empty;

    [JsonProperty("type")]
    public string? Type { get; set; }

    [JsonProperty("url")]
    public string? Url { get; set; }

    [JsonProperty("events")]
    public List<string> Events { get; set; } = [];

    [JsonProperty("headers")]
    public Dictionary<string, string>? Headers { get; set; }
}
