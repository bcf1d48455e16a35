using Newtonsoft.Json;

namespace Nop.Plugin.Payments.Tamara.Api.Models;

/// <summary>
/// An order-level discount: a positive amount with a name (checkout's <c>discount</c>, order details' <c>discount_amount</c>).
/// </summary>
public sealed class Discount
{
    [JsonProperty("amount")]
    public Money? Amount { get; set; }

    [JsonProperty("name")]
    public string? Name { get; set; }
}
