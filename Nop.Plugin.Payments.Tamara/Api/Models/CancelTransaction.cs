using Newtonsoft.Json;

namespace Nop.Plugin.Payments.Tamara.Api.Models;

/// <summary>
/// A cancel in the order details.
/// </summary>
public sealed class CancelTransaction
{
    [JsonProperty("cancel_id")]
    public string CancelId { get; set; } = string.Empty;

    [JsonProperty("total_amount")]
    public Money? TotalAmount { get; set; }

    [JsonProperty("items")]
    public List<OrderItem> Items { get; set; } = [];

    [JsonProperty("created_at")]
    public DateTimeOffset? CreatedAt { get; set; }
}
