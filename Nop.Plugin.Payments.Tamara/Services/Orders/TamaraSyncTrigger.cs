namespace Nop.Plugin.Payments.Tamara.Services.Orders;

/// <summary>
/// What made the plugin read an order from Tamara (written in the order notes)
/// </summary>
public enum TamaraSyncTrigger
{
    Checkout,
    ReturnRoute,
    Webhook,
    ScheduleTask,
    Manual,
    Shipment,
    MarkedAsPaid,
    Refund
}
