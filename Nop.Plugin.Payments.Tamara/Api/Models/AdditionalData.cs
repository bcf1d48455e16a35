using Newtonsoft.Json;

namespace Nop.Plugin.Payments.Tamara.Api.Models;

/// <summary>
/// Optional delivery and marketplace details of a checkout session.
/// </summary>
public sealed class AdditionalData
{
    [JsonProperty("delivery_method")]
    public string? DeliveryMethod { get; set; }

    [JsonProperty("pickup_store")]
    public string? PickupStore { get; set; }

    [JsonProperty("store_code")]
    public string? StoreCode { get; set; }

    [JsonProperty("vendor_amount")]
    public decimal? VendorAmount { get; set; }

    [JsonProperty("merchant_settlement_amount")]
    public decimal? MerchantSettlementAmount { get; set; }

    [JsonProperty("vendor_reference_code")]
    public string? VendorReferenceCode { get; set; }
}
