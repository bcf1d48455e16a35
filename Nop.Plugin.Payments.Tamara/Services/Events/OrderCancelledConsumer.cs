using Nop.Core.Domain.Orders;
using Nop.Plugin.Payments.Tamara.Services.AfterSale;
using Nop.Plugin.Payments.Tamara.Services.Orders;
using Nop.Services.Events;

namespace Nop.Plugin.Payments.Tamara.Services.Events;

/// <summary>
/// Cancels at Tamara what is still open when a nopCommerce order is cancelled, as AdminActionModel says (an approval is
/// authorised and cancelled at once); a Pending order Tamara may have authorised unheard is read at Tamara, and the cancel
/// queued if Tamara cannot be reached
/// </summary>
public class OrderCancelledConsumer : IConsumer<OrderStatusChangedEvent>
{
    #region Fields

    private readonly TamaraCancelService _cancelService;
    private readonly TamaraClientProvider _clientProvider;
    private readonly TamaraRequestTimeLimit _timeLimit;

    #endregion

    #region Ctor

    public OrderCancelledConsumer(TamaraCancelService cancelService,
        TamaraClientProvider clientProvider,
        TamaraRequestTimeLimit timeLimit)
    {
        _cancelService = cancelService;
        _clientProvider = clientProvider;
        _timeLimit = timeLimit;
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

        if (!TamaraOrderReader.IsTamaraOrder(order))
            return;

        var settings = await _clientProvider.LoadSettingsAsync(order.StoreId);
        using (_timeLimit.Begin())
            await _cancelService.CancelClosedOrderAsync(order, AdminAction.CancelOrder, settings);
    }

    #endregion
}
