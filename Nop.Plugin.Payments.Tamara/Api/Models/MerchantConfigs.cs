using Newtonsoft.Json;

namespace Nop.Plugin.Payments.Tamara.Api.Models;

/// <summary>
/// <c>GET /merchants/configs</c>: a cheap authenticated call, also the source of the widget public key.
/// </summary>
public sealed class MerchantConfigs
{
    [JsonProperty("public_key")]
    public string? PublicKey { get; set; }

    [JsonProperty("single_checkout_enabled")]
    public bool SingleCheckoutEnabled { get; set; }
}
