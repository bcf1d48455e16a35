using Nop.Core.Domain.Orders;
using Nop.Plugin.Payments.Tamara.Services.AfterSale;
using Nop.Plugin.Payments.Tamara.Services.Orders;
using Nop.Services.Events;

namespace Nop.Plugin.Payments.Tamara.Services.Events;

/// <summary>
/// Sends to Tamara a refund entered offline in nopCommerce; an online refund (already at Tamara) is recognised and skipped
/// </summary>
public class OrderRefundedConsumer : IConsumer<OrderRefundedEvent>
{
    #region Fields

    private readonly TamaraClientProvider _clientProvider;
    private readonly TamaraRefundService _refundService;
    private readonly TamaraRequestTimeLimit _timeLimit;

    #endregion

    #region Ctor

    public OrderRefundedConsumer(TamaraClientProvider clientProvider,
        TamaraRefundService refundService,
        TamaraRequestTimeLimit timeLimit)
    {
        _clientProvider = clientProvider;
        _refundService = refundService;
        _timeLimit = timeLimit;
    }

    #endregion

    #region Methods

    /// <summary>
    /// Handle order refunded event
    /// </summary>
    /// <param name="eventMessage">Event message</param>
    public async Task HandleEventAsync(OrderRefundedEvent eventMessage)
    {
        var order = eventMessage.Order;
        if (!TamaraOrderReader.IsTamaraOrder(order))
            return;

        var settings = await _clientProvider.LoadSettingsAsync(order.StoreId);
        using (_timeLimit.Begin())
            await _refundService.HandleRefundedOrderAsync(order, settings.SendOfflineRefundsToTamara);
    }

    #endregion
}
