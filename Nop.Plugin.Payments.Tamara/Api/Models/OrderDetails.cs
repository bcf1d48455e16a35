using Newtonsoft.Json;

namespace Nop.Plugin.Payments.Tamara.Api.Models;

/// <summary>
/// <c>GET /merchants/orders/{order_id}</c> and <c>GET /merchants/orders/reference-id/{order_reference_id}</c>: the order as Tamara
/// sees it. What remains capturable or cancelable is total − captured − canceled; what remains refundable is captured − refunded.
/// </summary>
public sealed class OrderDetails
{
    [JsonProperty("order_id")]
    public string OrderId { get; set; } = string.Empty;

    [JsonProperty("order_reference_id")]
    public string? OrderReferenceId { get; set; }

    [JsonProperty("order_number")]
    public string? OrderNumber { get; set; }

    [JsonProperty("consumer")]
    public Consumer? Consumer { get; set; }

    [JsonProperty("status")]
    public TamaraOrderStatus Status { get; set; }

    [JsonProperty("billing_address")]
    public Address? BillingAddress { get; set; }

    [JsonProperty("shipping_address")]
    public Address? ShippingAddress { get; set; }

    [JsonProperty("payment_type")]
    public TamaraPaymentType? PaymentType { get; set; }

    [JsonProperty("instalments")]
    public int? Instalments { get; set; }

    [JsonProperty("total_amount")]
    public Money? TotalAmount { get; set; }

    [JsonProperty("captured_amount")]
    public Money? CapturedAmount { get; set; }

    [JsonProperty("refunded_amount")]
    public Money? RefundedAmount { get; set; }

    [JsonProperty("canceled_amount")]
    public Money? CanceledAmount { get; set; }

    [JsonProperty("tax_amount")]
    public Money? TaxAmount { get; set; }

    [JsonProperty("shipping_amount")]
    public Money? ShippingAmount { get; set; }

    /// <summary>Read from <c>{name, amount}</c> or from a bare money object.</summary>
    [JsonProperty("discount_amount")]
    public Discount? DiscountAmount { get; set; }

    [JsonProperty("items")]
    public List<OrderItem> Items { get; set; } = [];

    [JsonProperty("settlement_status")]
    public string? SettlementStatus { get; set; }

    [JsonProperty("settlement_date")]
    public DateTimeOffset? SettlementDate { get; set; }

    [JsonProperty("created_at")]
    public DateTimeOffset? CreatedAt { get; set; }

    [JsonProperty("transactions")]
    public OrderTransactions Transactions { get; set; } = new();
}
