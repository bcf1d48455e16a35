using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Services.Events;

namespace Nop.Plugin.Payments.Tamara.Services.Events;

/// <summary>
/// Cancels at Tamara what is not captured when a nopCommerce order is cancelled, if the settings say so
/// </summary>
public class OrderCancelledConsumer : IConsumer<OrderStatusChangedEvent>
{
    #region Fields

    private readonly TamaraCancelService _cancelService;
    private readonly TamaraClientProvider _clientProvider;

    #endregion

    #region Ctor

    public OrderCancelledConsumer(TamaraCancelService cancelService,
        TamaraClientProvider clientProvider)
    {
        _cancelService = cancelService;
        _clientProvider = clientProvider;
    }

    #endregion

    #region Methods

    /// <summary>
    /// Handle order status changed event
    /// </summary>
    /// <param name="eventMessage">Event message</param>
    public async Task HandleEventAsync(OrderStatusChangedEvent eventMessage)
    {
        var order = eventMessage.Order;
        if (order.OrderStatus != OrderStatus.Cancelled || eventMessage.PreviousOrderStatus == OrderStatus.Cancelled)
            return;

        //only an authorised order holds money at Tamara; a pending one simply expires there
        if (!TamaraOrderReader.IsTamaraOrder(order) || order.PaymentStatus != PaymentStatus.Authorized)
            return;

        var settings = await _clientProvider.LoadSettingsAsync(order.StoreId);
        if (!settings.CancelAtTamaraOnOrderCancelled)
            return;

        await _cancelService.CancelCancelledOrderAsync(order);
    }

    #endregion
}
