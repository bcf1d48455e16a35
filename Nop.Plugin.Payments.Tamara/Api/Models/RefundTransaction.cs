using Newtonsoft.Json;

namespace Nop.Plugin.Payments.Tamara.Api.Models;

/// <summary>
/// A refund in the order details.
/// </summary>
public sealed class RefundTransaction
{
    [JsonProperty("refund_id")]
    public string RefundId { get; set; } = string.Empty;

    [JsonProperty("capture_id")]
    public string? CaptureId { get; set; }

    [JsonProperty("merchant_refund_id")]
    public string? MerchantRefundId { get; set; }

    [JsonProperty("comment")]
    public string? Comment { get; set; }

    [JsonProperty("total_amount")]
    public Money? TotalAmount { get; set; }

    [JsonProperty("items")]
    public List<OrderItem> Items { get; set; } = [];

    [JsonProperty("created_at")]
    public DateTimeOffset? CreatedAt { get; set; }
}
