using Newtonsoft.Json;

namespace Nop.Plugin.Payments.Tamara.Api.Models;

/// <summary>
/// <c>POST /payments/simplified-refund/{order_id}</c>: refund an amount of what was captured.
/// </summary>
public sealed class SimplifiedRefundRequest
{
    [JsonProperty("total_amount")]
    public required Money TotalAmount { get; set; }

    [JsonProperty("comment")]
    public required string Comment { get; set; }

    /// <summary>The merchant's own id for the refund; Tamara echoes it in the order details.</summary>
    [JsonProperty("merchant_refund_id")]
    public string? MerchantRefundId { get; set; }
}
