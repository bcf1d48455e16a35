using Newtonsoft.Json;

namespace Nop.Plugin.Payments.Tamara.Api.Models;

/// <summary>
/// A capture in the order details.
/// </summary>
public sealed class CaptureTransaction
{
    [JsonProperty("capture_id")]
    public string CaptureId { get; set; } = string.Empty;

    [JsonProperty("total_amount")]
    public Money? TotalAmount { get; set; }

    [JsonProperty("refunded_amount")]
    public Money? RefundedAmount { get; set; }

    [JsonProperty("shipping_info")]
    public ShippingInfo? ShippingInfo { get; set; }

    [JsonProperty("items")]
    public List<OrderItem> Items { get; set; } = [];

    [JsonProperty("created_at")]
    public DateTimeOffset? CreatedAt { get; set; }
}
