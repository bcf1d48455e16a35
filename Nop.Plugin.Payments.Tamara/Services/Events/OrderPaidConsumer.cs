using Nop.Core.Domain.Orders;
using Nop.Plugin.Payments.Tamara.Services.AfterSale;
using Nop.Plugin.Payments.Tamara.Services.Orders;
using Nop.Services.Events;

namespace Nop.Plugin.Payments.Tamara.Services.Events;

/// <summary>
/// Follows a Tamara order marked as paid by hand (Mark as paid), which nopCommerce does without the payment method: the
/// store owner is told what Tamara still holds, and an order Tamara has not authorised yet is read at once (an approval
/// is authorised) and followed by the reconciliation task until Tamara authorises or ends it. The plugin's own paid
/// orders (everything captured or cancelled, as the order records) are left alone.
/// </summary>
public class OrderPaidConsumer : IConsumer<OrderPaidEvent>
{
    #region Fields

    private readonly AfterSaleRecordService _recordService;
    private readonly TamaraOrderStateService _orderStateService;
    private readonly TamaraOrderSynchronizer _synchronizer;
    private readonly TamaraRequestTimeLimit _timeLimit;

    #endregion

    #region Ctor

    public OrderPaidConsumer(AfterSaleRecordService recordService,
        TamaraOrderStateService orderStateService,
        TamaraOrderSynchronizer synchronizer,
        TamaraRequestTimeLimit timeLimit)
    {
        _recordService = recordService;
        _orderStateService = orderStateService;
        _synchronizer = synchronizer;
        _timeLimit = timeLimit;
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

        var status = (await _orderStateService.GetStateAsync(order)).Status;
        var rule = AdminActionModel.Decide(AdminAction.MarkAsPaid, status);
        if (rule.Reaction == TamaraReaction.Note)
            await _orderStateService.AddNoteAsync(order, $"Tamara: {rule.Message}");

        //nopCommerce's search of open orders no longer lists a paid order: the note is how the task finds it
        if (!TamaraOrderReader.AwaitsAuthorisation(status))
            return;

        await _orderStateService.AddNoteAsync(order,
            $"{TamaraDefaults.PaidBeforeAuthorisationNoteMarker}: the order was marked as paid while Tamara reported {status?.ToString() ?? "nothing yet"}; Tamara is read until it authorises or ends the order.");
        using (_timeLimit.Begin())
            await _synchronizer.SyncAsync(order, TamaraSyncTrigger.MarkedAsPaid);
    }

    #endregion
}
