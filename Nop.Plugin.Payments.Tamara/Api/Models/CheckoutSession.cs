using Newtonsoft.Json;

namespace Nop.Plugin.Payments.Tamara.Api.Models;

/// <summary>
/// Tamara's answer to <c>POST /checkout</c>: keep <see cref="OrderId"/> and <see cref="CheckoutId"/>, send the shopper to <see cref="CheckoutUrl"/>.
/// </summary>
public sealed class CheckoutSession
{
    [JsonProperty("order_id")]
    public string OrderId { get; set; } = string.Empty;

    [JsonProperty("checkout_id")]
    public string CheckoutId { get; set; } = string.Empty;

    [JsonProperty("checkout_url")]
    public string CheckoutUrl { get; set; } = string.Empty;

    [JsonProperty("status")]
    public TamaraOrderStatus Status { get; set; }
}
