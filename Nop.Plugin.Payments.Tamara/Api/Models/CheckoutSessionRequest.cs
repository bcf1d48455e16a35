using Newtonsoft.Json;

namespace Nop.Plugin.Payments.Tamara.Api.Models;

/// <summary>
/// <c>POST /checkout</c>. Tamara checks that total = sum(items.total_amount) + tax + shipping − discount to the minor digit.
/// </summary>
public sealed class CheckoutSessionRequest
{
    [JsonProperty("total_amount")]
    public required Money TotalAmount { get; set; }

    [JsonProperty("shipping_amount")]
    public required Money ShippingAmount { get; set; }

    [JsonProperty("tax_amount")]
    public required Money TaxAmount { get; set; }

    [JsonProperty("order_reference_id")]
    public required string OrderReferenceId { get; set; }

    [JsonProperty("order_number")]
    public string? OrderNumber { get; set; }

    [JsonProperty("discount")]
    public Discount? Discount { get; set; }

    [JsonProperty("items")]
    public List<OrderItem> Items { get; set; } = [];

    [JsonProperty("consumer")]
    public required Consumer Consumer { get; set; }

    [JsonProperty("country_code")]
    public required string CountryCode { get; set; }

    [JsonProperty("description")]
    public string? Description { get; set; }

    [JsonProperty("merchant_url")]
    public required MerchantUrl MerchantUrl { get; set; }

    [JsonProperty("payment_type")]
    public TamaraPaymentType? PaymentType { get; set; }

    /// <summary>Sent only with <see cref="TamaraPaymentType.PayByInstalments"/>; Tamara rejects it with other plans.</summary>
    [JsonProperty("instalments")]
    public int? Instalments { get; set; }

    [JsonProperty("billing_address")]
    public Address? BillingAddress { get; set; }

    [JsonProperty("shipping_address")]
    public Address? ShippingAddress { get; set; }

    [JsonProperty("platform")]
    public string? Platform { get; set; }

    [JsonProperty("is_mobile")]
    public bool? IsMobile { get; set; }

    /// <summary><see cref="TamaraLocale.English"/> or <see cref="TamaraLocale.Arabic"/>.</summary>
    [JsonProperty("locale")]
    public string? Locale { get; set; }

    [JsonProperty("expires_in_minutes")]
    public int? ExpiresInMinutes { get; set; }

    [JsonProperty("risk_assessment")]
    public RiskAssessment? RiskAssessment { get; set; }

    [JsonProperty("additional_data")]
    public AdditionalData? AdditionalData { get; set; }

    /// <summary>Read by Newtonsoft.Json: keeps <c>instalments</c> off the wire unless the plan takes it.</summary>
    public bool ShouldSerializeInstalments() => PaymentType == TamaraPaymentType.PayByInstalments;
}
