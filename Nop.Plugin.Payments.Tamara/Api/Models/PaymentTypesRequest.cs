namespace Nop.Plugin.Payments.Tamara.Api.Models;

/// <summary>
/// <c>GET /checkout/payment-types</c>: the plans and limits the merchant has for a country and currency.
/// </summary>
public sealed class PaymentTypesRequest
{
    /// <summary>ISO country code, e.g. "SA".</summary>
    public required string Country { get; set; }

    /// <summary>ISO currency code, e.g. "SAR".</summary>
    public required string Currency { get; set; }

    /// <summary>When set, sent as <c>order_value</c> so Tamara answers for that amount.</summary>
    public decimal? OrderValue { get; set; }

    /// <summary>When set, sent as <c>phone</c>.</summary>
    public string? PhoneNumber { get; set; }
}
