using Newtonsoft.Json;

namespace Nop.Plugin.Payments.Tamara.Api.Models;

/// <summary>
/// Tamara's answer to a cancel: <see cref="TamaraOrderStatus.Canceled"/> for all of it, <see cref="TamaraOrderStatus.Updated"/> for part.
/// </summary>
public sealed class CancelOrderResponse
{
    [JsonProperty("order_id")]
    public string OrderId { get; set; } = string.Empty;

    [JsonProperty("cancel_id")]
    public string CancelId { get; set; } = string.Empty;

    [JsonProperty("status")]
    public TamaraOrderStatus Status { get; set; }

    [JsonProperty("canceled_amount")]
    public Money? CanceledAmount { get; set; }
}
