using Newtonsoft.Json;

namespace Nop.Plugin.Payments.Tamara.Api.Models;

/// <summary>
/// <c>POST /checkout/payment-options-pre-check</c>: can this shopper pay this amount with Tamara?
/// </summary>
public sealed class PaymentOptionsPreCheckRequest
{
    [JsonProperty("country")]
    public required string Country { get; set; }

    [JsonProperty("order_value")]
    public required Money OrderValue { get; set; }

    [JsonProperty("phone_number")]
    public string? PhoneNumber { get; set; }

    [JsonProperty("is_vip")]
    public bool? IsVip { get; set; }
}
