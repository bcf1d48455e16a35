using Newtonsoft.Json;

namespace Nop.Plugin.Payments.Tamara.Api.Models;

/// <summary>
/// <c>POST /orders/{order_id}/cancel</c>: the whole order or part of it, only while authorised.
/// </summary>
public sealed class CancelOrderRequest
{
    [JsonProperty("total_amount")]
    public required Money TotalAmount { get; set; }

    [JsonProperty("shipping_amount")]
    public Money? ShippingAmount { get; set; }

    [JsonProperty("tax_amount")]
    public Money? TaxAmount { get; set; }

    [JsonProperty("discount_amount")]
    public Money? DiscountAmount { get; set; }

    [JsonProperty("items")]
    public List<OrderItem>? Items { get; set; }
}
