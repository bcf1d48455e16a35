using Newtonsoft.Json;

namespace Nop.Plugin.Payments.Tamara.Api.Models;

/// <summary>
/// One plan of <c>GET /checkout/payment-types</c> with the merchant's limits for it.
/// </summary>
public sealed class PaymentTypeInfo
{
    [JsonProperty("name")]
    public TamaraPaymentType Name { get; set; }

    [JsonProperty("description")]
    public string? Description { get; set; }

    [JsonProperty("min_limit")]
    public Money? MinLimit { get; set; }

    [JsonProperty("max_limit")]
    public Money? MaxLimit { get; set; }

    [JsonProperty("supported_instalments")]
    public List<SupportedInstalment> SupportedInstalments { get; set; } = [];
}
