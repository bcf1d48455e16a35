using Newtonsoft.Json;

namespace Nop.Plugin.Payments.Tamara.Api.Models;

/// <summary>
/// Tamara's answer to a capture: <see cref="TamaraOrderStatus.PartiallyCaptured"/> or <see cref="TamaraOrderStatus.FullyCaptured"/>.
/// </summary>
public sealed class CaptureResponse
{
    [JsonProperty("capture_id")]
    public string CaptureId { get; set; } = string.Empty;

    [JsonProperty("order_id")]
    public string OrderId { get; set; } = string.Empty;

    [JsonProperty("status")]
    public TamaraOrderStatus Status { get; set; }

    [JsonProperty("captured_amount")]
    public Money? CapturedAmount { get; set; }
}
