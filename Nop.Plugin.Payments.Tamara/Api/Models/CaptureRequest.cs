using Newtonsoft.Json;

namespace Nop.Plugin.Payments.Tamara.Api.Models;

/// <summary>
/// <c>POST /payments/capture</c>: what a shipment holds.
/// </summary>
public sealed class CaptureRequest
{
    [JsonProperty("order_id")]
    public required string OrderId { get; set; }

    [JsonProperty("total_amount")]
    public required Money TotalAmount { get; set; }

    [JsonProperty("items")]
    public List<OrderItem>? Items { get; set; }

    [JsonProperty("discount_amount")]
    public Money? DiscountAmount { get; set; }

    [JsonProperty("shipping_amount")]
    public Money? ShippingAmount { get; set; }

    [JsonProperty("shipping_info")]
    public required ShippingInfo ShippingInfo { get; set; }

    [JsonProperty("tax_amount")]
    public Money? TaxAmount { get; set; }
}
