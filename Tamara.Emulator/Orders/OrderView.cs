namespace Tamara.Emulator.Orders;

/// <summary>A read-only picture of an order for inspection (control API and <see cref="TamaraEmulatorHost"/>).</summary>
public sealed record OrderView(
    string OrderId,
    string CheckoutId,
    string OrderReferenceId,
    string? OrderNumber,
    string Status,
    string CountryCode,
    string Currency,
    string Locale,
    string PaymentType,
    int? Instalments,
    decimal TotalAmount,
    decimal CapturedAmount,
    decimal CanceledAmount,
    decimal RefundedAmount,
    bool AutoCaptured,
    DateTimeOffset CreatedAt,
    string? NotificationUrl,
    IReadOnlyList<StatusChange> History,
    bool PlanChosenOnTamaraPage = false)
{
    internal static OrderView From(EmulatedOrder order) => new(order.OrderId, order.CheckoutId, order.OrderReferenceId, order.OrderNumber,
        order.Status, order.CountryCode, order.Currency, order.Locale, order.PaymentType, order.Instalments, order.TotalAmount,
        order.CapturedAmount, order.CanceledAmount, order.RefundedAmount, order.AutoCaptured, order.CreatedAt,
        order.MerchantUrls.Notification, order.History.ToList(), order.PlanChosenOnTamaraPage);
}
