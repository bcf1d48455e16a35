using Nop.Core.Domain.Orders;
using Nop.Plugin.Payments.Tamara.Services.AfterSale;
using Nop.Plugin.Payments.Tamara.Services.Orders;
using Nop.Services.Events;

namespace Nop.Plugin.Payments.Tamara.Services.Events;

/// <summary>
/// Notes on a Tamara order marked as paid by hand (Mark as paid) that Tamara has not captured all of it: nopCommerce
/// marks it paid without the payment method, and Tamara settles only what is captured. The plugin's own paid orders
/// (everything captured or cancelled, as the order records) are left alone.
/// </summary>
public class OrderPaidConsumer : IConsumer<OrderPaidEvent>
{
    #region Fields

    private readonly AfterSaleRecordService _recordService;
    private readonly TamaraOrderStateService _orderStateService;

    #endregion

    #region Ctor

    public OrderPaidConsumer(AfterSaleRecordService recordService,
        TamaraOrderStateService orderStateService)
    {
        _recordService = recordService;
        _orderStateService = orderStateService;
    }

    #endregion

    #region Methods

    /// <summary>
    /// Handle order paid event
    /// </summary>
    /// <param name="eventMessage">Event message</param>
    public async Task HandleEventAsync(OrderPaidEvent eventMessage)
    {
        var order = eventMessage.Order;
        if (!TamaraOrderReader.IsTamaraOrder(order))
            return;

        if (await _recordService.IsSettledAtTamaraAsync(order))
            return;

        var rule = AdminActionModel.Decide(AdminAction.MarkAsPaid, (await _orderStateService.GetStateAsync(order)).Status);
        if (rule.Reaction == TamaraReaction.Note)
            await _orderStateService.AddNoteAsync(order, $"Tamara: {rule.Message}");
    }

    #endregion
}
