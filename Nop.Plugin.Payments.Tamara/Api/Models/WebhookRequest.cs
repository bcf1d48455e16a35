using Newtonsoft.Json;

namespace Nop.Plugin.Payments.Tamara.Api.Models;

/// <summary>
/// <c>POST /webhooks</c> and <c>PUT /webhooks/{webhook_id}</c>.
/// </summary>
public sealed class WebhookRequest
{
    [JsonProperty("type")]
    public string Type { get; set; } = "order";

    [JsonProperty("url")]
    public required string Url { get; set; }

    /// <summary>Event names, see <see cref="TamaraWebhookEvents"/>.</summary>
    [JsonProperty("events")]
    public List<string> Events { get; set; } = [];

    /// <summary>Extra headers Tamara sends with each call.</summary>
    [JsonProperty("headers")]
    public Dictionary<string, string>? Headers { get; set; }
}
