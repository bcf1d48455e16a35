using Nop.Core.Domain.Payments;
using Nop.Core.Domain.Shipping;
using Nop.Plugin.Payments.Tamara.Services.AfterSale;
using Nop.Plugin.Payments.Tamara.Services.Orders;
using Nop.Services.Events;
using Nop.Services.Orders;

namespace Nop.Plugin.Payments.Tamara.Services.Events;

/// <summary>
/// Captures at Tamara what a shipment holds when it is sent or delivered, as the capture trigger setting says; a
/// pickup-in-store shipment is never sent, so with "when sent" it is captured when ready for pickup (or delivered)
/// </summary>
public class ShipmentCaptureConsumer : IConsumer<ShipmentSentEvent>, IConsumer<ShipmentReadyForPickupEvent>, IConsumer<ShipmentDeliveredEvent>
{
    #region Fields

    private readonly IOrderService _orderService;
    private readonly TamaraCancelService _cancelService;
    private readonly TamaraCaptureService _captureService;
    private readonly TamaraClientProvider _clientProvider;
    private readonly TamaraOrderSynchronizer _synchronizer;
    private readonly TamaraRequestTimeLimit _timeLimit;

    #endregion

    #region Ctor

    public ShipmentCaptureConsumer(IOrderService orderService,
        TamaraCancelService cancelService,
        TamaraCaptureService captureService,
        TamaraClientProvider clientProvider,
        TamaraOrderSynchronizer synchronizer,
        TamaraRequestTimeLimit timeLimit)
    {
        _orderService = orderService;
        _cancelService = cancelService;
        _captureService = captureService;
        _clientProvider = clientProvider;
        _synchronizer = synchronizer;
        _timeLimit = timeLimit;
    }

    #endregion

    #region Utilities

    /// <summary>
    /// Captures the shipment when the event is the one the store captures on
    /// </summary>
    /// <param name="shipment">Shipment</param>
    /// <param name="milestone">What the shipment just went through</param>
    private async Task CaptureAsync(Shipment shipment, CaptureMoment.Milestone milestone)
    {
        var order = await _orderService.GetOrderByIdAsync(shipment.OrderId);
        if (!TamaraOrderReader.IsTamaraOrder(order))
            return;

        var settings = await _clientProvider.LoadSettingsAsync(order.StoreId);
        if (!CaptureMoment.IsReached(settings.CaptureTrigger, milestone, order.PickupInStore))
            return;

        //inside the admin's request (ship, bulk "Set as shipped"): a slow Tamara queues the capture for the task
        using (_timeLimit.Begin())
        {
            //the payment is not known to be authorised yet: Tamara is read first, so an approval the store missed is
            //authorised now (never left in approved) and the shipments due are captured with the authorisation; an order
            //Tamara has not approved (or closed) goes on to the capture, which says so in a note
            if (order.PaymentStatus == PaymentStatus.Pending)
            {
                await _synchronizer.SyncAsync(order, TamaraSyncTrigger.Shipment);
                if ((await _orderService.GetOrderByIdAsync(order.Id))?.PaymentStatus != PaymentStatus.Pending)
                    return;
            }

            await _captureService.CaptureShipmentAsync(shipment);

            //the capture changed the order as stored: an order edited below Tamara's amount is settled with the last shipment
            await _cancelService.CancelUnneededRestAsync(await _orderService.GetOrderByIdAsync(order.Id) ?? order);
        }
    }

    #endregion

    #region Methods

    /// <summary>
    /// Handle shipment sent event
    /// </summary>
    /// <param name="eventMessage">Event message</param>
    public Task HandleEventAsync(ShipmentSentEvent eventMessage) =>
        CaptureAsync(eventMessage.Shipment, CaptureMoment.Milestone.Sent);

    /// <summary>
    /// Handle shipment ready for pickup event
    /// </summary>
    /// <param name="eventMessage">Event message</param>
    public Task HandleEventAsync(ShipmentReadyForPickupEvent eventMessage) =>
        CaptureAsync(eventMessage.Shipment, CaptureMoment.Milestone.ReadyForPickup);

    /// <summary>
    /// Handle shipment delivered event
    /// </summary>
    /// <param name="eventMessage">Event message</param>
    public Task HandleEventAsync(ShipmentDeliveredEvent eventMessage) =>
        CaptureAsync(eventMessage.Shipment, CaptureMoment.Milestone.Delivered);

    #endregion
}
