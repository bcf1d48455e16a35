using Newtonsoft.Json;

namespace Nop.Plugin.Payments.Tamara.Api.Models;

/// <summary>
/// A number of instalments a plan offers, with its own limits.
/// </summary>
public sealed class SupportedInstalment
{
    [JsonProperty("instalments")]
    public int Instalments { get; set; }

    [JsonProperty("min_limit")]
    public Money? MinLimit { get; set; }

    [JsonProperty("max_limit")]
    public Money? MaxLimit { get; set; }
}
