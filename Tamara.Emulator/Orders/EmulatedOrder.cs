using System.Text.Json.Nodes;

namespace Tamara.Emulator.Orders;

/// <summary>One Tamara order as the emulator keeps it. Changed only by <see cref="OrderBook"/>, under its lock.</summary>
internal sealed class EmulatedOrder
{
    public required string OrderId { get; init; }

    public required string CheckoutId { get; init; }

    public required string OrderReferenceId { get; set; }

    public string? OrderNumber { get; init; }

    public required string CountryCode { get; init; }

    public required string Currency { get; init; }

    public required string Locale { get; init; }

    public required string PaymentType { get; init; }

    public int? Instalments { get; init; }

    /// <summary>The session named no plan: the shopper chose it on the hosted page (single checkout).</summary>
    public bool PlanChosenOnTamaraPage { get; init; }

    public required decimal TotalAmount { get; init; }

    public required decimal TaxAmount { get; init; }

    public required decimal ShippingAmount { get; init; }

    public decimal DiscountAmount { get; init; }

    public string? DiscountName { get; init; }

    /// <summary>The checkout request as it came, to echo consumer, addresses, items and the rest in order details.</summary>
    public required JsonObject Request { get; init; }

    public required MerchantUrls MerchantUrls { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When a new order expires if the customer does not finish the checkout.</summary>
    public required DateTimeOffset CheckoutExpiresAt { get; init; }

    public DateTimeOffset? ApprovedAt { get; set; }

    public DateTimeOffset? AuthorisedAt { get; set; }

    public string Status { get; set; } = OrderStatuses.New;

    public bool AutoCaptured { get; set; }

    public decimal CapturedAmount => Captures.Sum(capture => capture.Amount);

    public decimal CanceledAmount => Cancels.Sum(cancel => cancel.Amount);

    public decimal RefundedAmount => Refunds.Sum(refund => refund.Amount);

    /// <summary>What can still be captured or cancelled: total - captured - canceled.</summary>
    public decimal RemainingAmount => TotalAmount - CapturedAmount - CanceledAmount;

    public List<OrderTransaction> Captures { get; } = [];

    public List<OrderTransaction> Cancels { get; } = [];

    public List<OrderTransaction> Refunds { get; } = [];

    public List<StatusChange> History { get; } = [];
}

internal sealed record MerchantUrls(string Success, string Failure, string Cancel, string? Notification);

/// <summary>A capture, cancel or refund, with the request that made it.</summary>
internal sealed record OrderTransaction(string Id, decimal Amount, DateTimeOffset CreatedAt, JsonObject? Request, string? Comment = null,
    string? MerchantRefundId = null, string? CaptureId = null);

/// <summary>One line of an order's history: a status change, or an action that kept the status.</summary>
public sealed record StatusChange(DateTimeOffset At, string From, string To, string Reason);
