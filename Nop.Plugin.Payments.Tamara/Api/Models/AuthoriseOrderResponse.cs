using Newtonsoft.Json;

namespace Nop.Plugin.Payments.Tamara.Api.Models;

/// <summary>
/// Tamara's answer to <c>POST /orders/{order_id}/authorise</c>. On auto-capture accounts <see cref="Status"/> is
/// <see cref="TamaraOrderStatus.FullyCaptured"/>, <see cref="AutoCaptured"/> is true and <see cref="CaptureId"/> is set.
/// </summary>
public sealed class AuthoriseOrderResponse
{
    [JsonProperty("order_id")]
    public string OrderId { get; set; } = string.Empty;

    [JsonProperty("status")]
    public TamaraOrderStatus Status { get; set; }

    [JsonProperty("order_expiry_time")]
    public DateTimeOffset? OrderExpiryTime { get; set; }

    [JsonProperty("payment_type")]
    public TamaraPaymentType? PaymentType { get; set; }

    [JsonProperty("auto_captured")]
    public bool AutoCaptured { get; set; }

    // Tamara spells this key the American way, unlike "authorise" in the path.
    [JsonProperty("authorized_amount")]
    public Money? AuthorizedAmount { get; set; }

    /// <summary>Empty unless Tamara captured at authorise.</summary>
    [JsonProperty("capture_id")]
    public string? CaptureId { get; set; }
}
