using Nop.Core.Domain.Shipping;
using Nop.Plugin.Payments.Tamara.Domain;
using Nop.Plugin.Payments.Tamara.Services.AfterSale;
using Nop.Plugin.Payments.Tamara.Services.Orders;
using Nop.Services.Events;
using Nop.Services.Orders;

namespace Nop.Plugin.Payments.Tamara.Services.Events;

/// <summary>
/// Captures at Tamara what a shipment holds when it is sent or delivered, as the capture trigger setting says
/// </summary>
public class ShipmentCaptureConsumer : IConsumer<ShipmentSentEvent>, IConsumer<ShipmentDeliveredEvent>
{
    #region Fields

    private readonly IOrderService _orderService;
    private readonly TamaraCaptureService _captureService;
    private readonly TamaraClientProvider _clientProvider;

    #endregion

    #region Ctor

    public ShipmentCaptureConsumer(IOrderService orderService,
        TamaraCaptureService captureService,
        TamaraClientProvider clientProvider)
    {
        _orderService = orderService;
        _captureService = captureService;
        _clientProvider = clientProvider;
    }

    #endregion

    #region Utilities

    private async Task CaptureAsync(Shipment shipment, CaptureTrigger trigger)
    {
        var order = await _orderService.GetOrderByIdAsync(shipment.OrderId);
        if (!TamaraOrderReader.IsTamaraOrder(order))
            return;

        var settings = await _clientProvider.LoadSettingsAsync(order.StoreId);
        if (settings.CaptureTrigger != trigger)
            return;

        await _captureService.CaptureShipmentAsync(shipment);
    }

    #endregion

    #region Methods

    /// <summary>
    /// Handle shipment sent event
    /// </summary>
    /// <param name="eventMessage">Event message</param>
    public Task HandleEventAsync(ShipmentSentEvent eventMessage) =>
        CaptureAsync(eventMessage.Shipment, CaptureTrigger.ShipmentSent);

    /// <summary>
    /// Handle shipment delivered event
    /// </summary>
    /// <param name="eventMessage">Event message</param>
    public Task HandleEventAsync(ShipmentDeliveredEvent eventMessage) =>
        CaptureAsync(eventMessage.Shipment, CaptureTrigger.ShipmentDelivered);

    #endregion
}
