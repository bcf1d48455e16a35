using Newtonsoft.Json;

namespace Nop.Plugin.Payments.Tamara.Api.Models;

/// <summary>
/// An order line as Tamara reads and writes it in checkout, cancel, capture and order details.
/// </summary>
public sealed class OrderItem
{
    [JsonProperty("name")]
    public string Name { get; set; } = string.Empty;

    /// <summary>"Physical" or "Digital".</summary>
    [JsonProperty("type")]
    public string Type { get; set; } = string.Empty;

    [JsonProperty("reference_id")]
    public string ReferenceId { get; set; } = string.Empty;

    [JsonProperty("sku")]
    public string Sku { get; set; } = string.Empty;

    [JsonProperty("quantity")]
    public int Quantity { get; set; }

    [JsonProperty("discount_amount")]
    public Money? DiscountAmount { get; set; }

    [JsonProperty("tax_amount")]
    public Money? TaxAmount { get; set; }

    [JsonProperty("unit_price")]
    public Money? UnitPrice { get; set; }

    [JsonProperty("total_amount")]
    public Money? TotalAmount { get; set; }

    [JsonProperty("image_url")]
    public string? ImageUrl { get; set; }

    [JsonProperty("item_url")]
    public string? ItemUrl { get; set; }
}
