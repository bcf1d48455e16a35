namespace Nop.Plugin.Payments.Tamara.Domain;

/// <summary>
/// Represents a refund the plugin sent to Tamara, kept on the order so that no refund is ever sent twice
/// </summary>
public class RefundRecord
{
    /// <summary>
    /// Gets or sets the merchant_refund_id sent to Tamara
    /// </summary>
    public string MerchantRefundId { get; set; } = string.Empty;

    /// <summary>
    /// Gets or sets Tamara's refund id
    /// </summary>
    public string? RefundId { get; set; }

    /// <summary>
    /// Gets or sets the refunded amount in the customer's currency
    /// </summary>
    public decimal Amount { get; set; }

    /// <summary>
    /// Gets or sets the part of nopCommerce's refunded amount (primary store currency) this refund settles
    /// </summary>
    public decimal StoreAmount { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether the refund was entered offline in nopCommerce
    /// </summary>
    public bool Offline { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether the refund reached Tamara (false: an offline refund kept in nopCommerce only,
    /// by the setting or because Tamara refused it)
    /// </summary>
    public bool SentToTamara { get; set; }

    /// <summary>
    /// Gets or sets when the refund was made
    /// </summary>
    public DateTime RefundedOnUtc { get; set; }
}
