using Newtonsoft.Json;

namespace Nop.Plugin.Payments.Tamara.Api.Models;

/// <summary>
/// Tamara's answer to a simplified refund: <see cref="TamaraOrderStatus.PartiallyRefunded"/> or <see cref="TamaraOrderStatus.FullyRefunded"/>.
/// </summary>
public sealed class SimplifiedRefundResponse
{
    [JsonProperty("order_id")]
    public string? OrderId { get; set; }

    [JsonProperty("comment")]
    public string? Comment { get; set; }

    [JsonProperty("refund_id")]
    public string? RefundId { get; set; }

    [JsonProperty("capture_id")]
    public string? CaptureId { get; set; }

    [JsonProperty("status")]
    public TamaraOrderStatus Status { get; set; }

    [JsonProperty("refunded_amount")]
    public Money? RefundedAmount { get; set; }
}
