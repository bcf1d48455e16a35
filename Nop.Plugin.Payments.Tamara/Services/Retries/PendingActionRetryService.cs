using Nop.Core.Domain.Orders;
using Nop.Plugin.Payments.Tamara.Api;
using Nop.Plugin.Payments.Tamara.Domain;
using Nop.Plugin.Payments.Tamara.Services.AfterSale;
using Nop.Plugin.Payments.Tamara.Services.Orders;
using Nop.Services.Logging;
using Nop.Services.Orders;

namespace Nop.Plugin.Payments.Tamara.Services.Retries;

/// <summary>
/// Retries the captures, cancels and refunds that could not reach Tamara, with backoff, until they succeed or fail for good
/// </summary>
public class PendingActionRetryService
{
    #region Fields

    private readonly AfterSaleRecordService _recordService;
    private readonly ILogger _logger;
    private readonly IOrderProcessingService _orderProcessingService;
    private readonly IOrderService _orderService;
    private readonly TamaraCancelService _cancelService;
    private readonly TamaraCaptureService _captureService;
    private readonly TamaraOrderLock _orderLock;
    private readonly TamaraOrderStateService _orderStateService;
    private readonly TamaraRefundService _refundService;
    private readonly TamaraRequestTimeLimit _timeLimit;

    #endregion

    #region Ctor

    public PendingActionRetryService(AfterSaleRecordService recordService,
        ILogger logger,
        IOrderProcessingService orderProcessingService,
        IOrderService orderService,
        TamaraCancelService cancelService,
        TamaraCaptureService captureService,
        TamaraOrderLock orderLock,
        TamaraOrderStateService orderStateService,
        TamaraRefundService refundService,
        TamaraRequestTimeLimit timeLimit)
    {
        _recordService = recordService;
        _logger = logger;
        _orderProcessingService = orderProcessingService;
        _orderService = orderService;
        _cancelService = cancelService;
        _captureService = captureService;
        _orderLock = orderLock;
        _orderStateService = orderStateService;
        _refundService = refundService;
        _timeLimit = timeLimit;
    }

    #endregion

    #region Utilities

    private async Task<AfterSaleOutcome> RunAsync(Order order, PendingAction action)
    {
        return action.Kind switch
        {
            PendingActionKind.Capture => await _captureService.RetryAsync(order, action),
            PendingActionKind.Cancel => await _cancelService.RetryAsync(order, action),
            PendingActionKind.Refund => await _refundService.RefundLockedAsync(order, action, true),
            _ => AfterSaleOutcome.Refused($"Unknown action {action.Kind}")
        };
    }

    /// <summary>
    /// An admin refund that failed in nopCommerce because Tamara was unreachable: record it in nopCommerce now
    /// </summary>
    private async Task FollowRefundAsync(Order order, PendingAction action)
    {
        if (action.StoreAmount == order.OrderTotal && _orderProcessingService.CanRefundOffline(order))
            await _orderProcessingService.RefundOfflineAsync(order);
        else if (_orderProcessingService.CanPartiallyRefundOffline(order, action.StoreAmount))
            await _orderProcessingService.PartiallyRefundOfflineAsync(order, action.StoreAmount);
        else
        {
            var message = $"Tamara: the refund of {action.StoreAmount} queued on {action.CreatedOnUtc:u} was made at Tamara (merchant refund id {action.Id}), but nopCommerce does not accept it as a refund of order #{order.CustomOrderNumber} (refunded {order.RefundedAmount} of {order.OrderTotal}). Check the order's refunds by hand.";
            await _orderStateService.AddNoteAsync(order, message);
            await _logger.ErrorAsync(message);
        }
    }

    private async Task GiveUpAsync(Order order, PendingAction action, string reason, Exception? exception)
    {
        await _recordService.RemovePendingActionAsync(order, action.Id);

        var message = $"Tamara: the {action.Kind.ToString().ToLowerInvariant()} of order #{order.CustomOrderNumber} queued on {action.CreatedOnUtc:u} failed for good: {reason}. Do it by hand in Tamara's partner portal if it is still needed.";
        await _orderStateService.AddNoteAsync(order, message);
        await _logger.ErrorAsync(message, exception);

        if (action.Kind == PendingActionKind.Refund && action.Offline)
            await _refundService.GiveUpOfflineRefundAsync(order, action);
    }

    private async Task RetryAsync(Order order, PendingAction action)
    {
        action.Attempts++;
        try
        {
            var outcome = await RunAsync(order, action);
            _timeLimit.RecordAnswer();
            if (outcome.Kind == AfterSaleOutcomeKind.Refused)
            {
                await GiveUpAsync(order, action, outcome.Message, null);
                return;
            }

            await _recordService.RemovePendingActionAsync(order, action.Id);
            if (action.Kind == PendingActionKind.Refund && action.UpdateOrderOnSuccess)
                await FollowRefundAsync(order, action);
            if (action.Kind == PendingActionKind.Capture)
                await _cancelService.CancelUnneededRestLockedAsync(order);
        }
        catch (TamaraException exception) when (TamaraFailure.IsTransient(exception) && action.Attempts < RetrySchedule.MaxAttempts)
        {
            action.LastError = TamaraFailure.Describe(exception);
            action.NextAttemptOnUtc = DateTime.UtcNow + RetrySchedule.DelayAfter(action.Attempts);
            await _recordService.SavePendingActionAsync(order, action);
        }
        catch (TamaraException exception)
        {
            await GiveUpAsync(order, action, TamaraFailure.Describe(exception), exception);
        }
    }

    #endregion

    #region Methods

    /// <summary>
    /// Retries the order's actions that are due
    /// </summary>
    /// <param name="order">Order</param>
    /// <returns>The number of actions tried</returns>
    public async Task<int> RetryDueAsync(Order order)
    {
        var tried = 0;
        await _orderLock.TryRunAsync(order.Id, async () =>
        {
            //re-read inside the lock: the order was listed before a notification or another node may have changed it, and
            //acting on that copy would write it back over their work (a payment marked paid twice, a status reverted)
            order = await _orderService.GetOrderByIdAsync(order.Id) ?? order;
            var now = DateTime.UtcNow;
            var due = (await _recordService.GetPendingActionsAsync(order))
                .Where(action => action.NextAttemptOnUtc <= now)
                .OrderBy(action => action.CreatedOnUtc)
                .ToList();

            foreach (var action in due)
            {
                await RetryAsync(order, action);
                tried++;
            }
        });

        return tried;
    }

    #endregion
}
