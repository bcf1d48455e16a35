using Newtonsoft.Json;

namespace Nop.Plugin.Payments.Tamara.Api.Models;

/// <summary>
/// A plan available to the shopper, with Tamara's own wording in English and Arabic.
/// </summary>
public sealed class PaymentLabel
{
    [JsonProperty("payment_type")]
    public TamaraPaymentType PaymentType { get; set; }

    [JsonProperty("instalment")]
    public int Instalment { get; set; }

    [JsonProperty("description_en")]
    public string? DescriptionEn { get; set; }

    [JsonProperty("description_ar")]
    public string? DescriptionAr { get; set; }
}
