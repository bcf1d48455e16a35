namespace Nop.Plugin.Payments.Tamara.Services.AfterSale;

/// <summary>
/// What a store owner can do to a Tamara order in nopCommerce's admin area (the rows of the admin-action model)
/// </summary>
public enum AdminAction
{
    /// <summary>
    /// Cancel order, or Change status to Cancelled (OrderStatusChangedEvent)
    /// </summary>
    CancelOrder,

    /// <summary>
    /// The Void button (IPaymentMethod.VoidAsync)
    /// </summary>
    VoidOnline,

    /// <summary>
    /// The Void (offline) button: nopCommerce marks the payment Voided and publishes OrderVoidedEvent
    /// </summary>
    VoidOffline,

    /// <summary>
    /// The Capture button (IPaymentMethod.CaptureAsync)
    /// </summary>
    Capture,

    /// <summary>
    /// The Mark as paid button: nopCommerce marks the payment Paid without the payment method
    /// </summary>
    MarkAsPaid,

    /// <summary>
    /// The Refund button (IPaymentMethod.RefundAsync)
    /// </summary>
    RefundOnline,

    /// <summary>
    /// The Partial refund button (IPaymentMethod.RefundAsync)
    /// </summary>
    PartialRefundOnline,

    /// <summary>
    /// The Refund (offline) button, with "Send offline refunds to Tamara" off (the default)
    /// </summary>
    RefundOffline,

    /// <summary>
    /// The Partial refund (offline) button, with "Send offline refunds to Tamara" off (the default)
    /// </summary>
    PartialRefundOffline,

    /// <summary>
    /// Refund (offline) or Partial refund (offline) with "Send offline refunds to Tamara" on
    /// </summary>
    OfflineRefundSentToTamara,

    /// <summary>
    /// Delete the order (soft delete, EntityDeletedEvent)
    /// </summary>
    Delete,

    /// <summary>
    /// Edit order items or totals
    /// </summary>
    EditOrder,

    /// <summary>
    /// Change status by hand to anything but Cancelled (to Cancelled it is CancelOrder)
    /// </summary>
    ChangeOrderStatus,

    /// <summary>
    /// Add a shipment, set it as shipped, ready for pickup or delivered (as the capture setting says)
    /// </summary>
    Shipment,

    /// <summary>
    /// Sync now (and every other synchronisation: notification, return, reconciliation task) of an order that is not
    /// cancelled, voided or deleted
    /// </summary>
    SyncNow,

    /// <summary>
    /// Sync now (or any synchronisation) of an order cancelled, voided or deleted in nopCommerce
    /// </summary>
    SyncNowClosedOrder
}
