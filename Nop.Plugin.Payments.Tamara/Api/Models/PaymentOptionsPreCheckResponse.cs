using Newtonsoft.Json;

namespace Nop.Plugin.Payments.Tamara.Api.Models;

/// <summary>
/// Tamara's answer to the pre-check.
/// </summary>
public sealed class PaymentOptionsPreCheckResponse
{
    [JsonProperty("has_available_payment_options")]
    public bool HasAvailablePaymentOptions { get; set; }

    /// <summary>When on, the shopper picks the plan on Tamara's page: show one Tamara method.</summary>
    [JsonProperty("single_checkout_enabled")]
    public bool SingleCheckoutEnabled { get; set; }

    [JsonProperty("available_payment_labels")]
    public List<PaymentLabel> AvailablePaymentLabels { get; set; } = [];
}
