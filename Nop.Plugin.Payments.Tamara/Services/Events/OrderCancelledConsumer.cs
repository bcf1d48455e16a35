using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Payments.Tamara.Services.AfterSale;
using Nop.Plugin.Payments.Tamara.Services.Orders;
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
    private readonly TamaraOrderStateService _orderStateService;

    #endregion

    #region Ctor

    public OrderCancelledConsumer(TamaraCancelService cancelService,
        TamaraClientProvider clientProvider,
        TamaraOrderStateService orderStateService)
    {
        _cancelService = cancelService;
        _clientProvider = clientProvider;
        _orderStateService = orderStateService;
    }

    #endregion

    #region Utilities

    /// <summary>
    /// Gets a value indicating whether Tamara may hold authorised money for the order: the payment is Authorized, or
    /// still Pending in nopCommerce while Tamara last said authorised (a notification that never arrived). A pending
    /// order cancelled because Tamara declined or expired it holds nothing.
    /// </summary>
    private async Task<bool> MayHoldMoneyAsync(Order order)
    {
        if (order.PaymentStatus == PaymentStatus.Authorized)
            return true;

        if (order.PaymentStatus != PaymentStatus.Pending)
            return false;

        return TamaraOrderReader.IsAuthorised((await _orderStateService.GetStateAsync(order)).Status);
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

        if (!TamaraOrderReader.IsTamaraOrder(order) || !await MayHoldMoneyAsync(order))
            return;

        var settings = await _clientProvider.LoadSettingsAsync(order.StoreId);
        if (!settings.CancelAtTamaraOnOrderCancelled)
            return;

        await _cancelService.CancelCancelledOrderAsync(order);
    }

    #endregion
}
