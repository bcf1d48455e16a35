using Nop.Core.Domain.Orders;
using Nop.Plugin.Payments.Tamara.Api;
using Nop.Plugin.Payments.Tamara.Api.Models;
using Nop.Plugin.Payments.Tamara.Domain;
using Nop.Plugin.Payments.Tamara.Services.AfterSale;
using Nop.Plugin.Payments.Tamara.Services.Orders;
using Nop.Services.Logging;

namespace Nop.Plugin.Payments.Tamara.Services.Retries;

/// <summary>
/// Runs a capture, cancel or refund and, when Tamara cannot be reached, keeps it on the order to be retried
/// </summary>
public class PendingActionQueue
{
    #region Fields

    private readonly AfterSaleRecordService _recordService;
    private readonly ILogger _logger;
    private readonly TamaraOrderStateService _orderStateService;
    private readonly TamaraRequestTimeLimit _timeLimit;

    #endregion

    #region Ctor

    public PendingActionQueue(AfterSaleRecordService recordService,
        ILogger logger,
        TamaraOrderStateService orderStateService,
        TamaraRequestTimeLimit timeLimit)
    {
        _recordService = recordService;
        _logger = logger;
        _orderStateService = orderStateService;
        _timeLimit = timeLimit;
    }

    #endregion

    #region Utilities

    /// <summary>
    /// Keeps an action on the order to be retried by the reconciliation task
    /// </summary>
    /// <param name="order">Order</param>
    /// <param name="action">Action to retry</param>
    /// <param name="reason">Why it could not run now</param>
    private async Task QueueAsync(Order order, PendingAction action, string reason)
    {
        var now = DateTime.UtcNow;
        if (string.IsNullOrEmpty(action.Id))
            action.Id = Guid.NewGuid().ToString();
        action.CreatedOnUtc = now;
        action.NextAttemptOnUtc = now + RetrySchedule.DelayAfter(0);
        action.LastError = reason;

        await _recordService.SavePendingActionAsync(order, action);
        await _orderStateService.AddNoteAsync(order,
            $"{TamaraDefaults.PendingActionNoteMarker}: {action.Kind.ToString().ToLowerInvariant()} could not be done now ({reason}). It will be retried automatically; do not repeat it by hand.");
    }

    #endregion

    #region Methods

    /// <summary>
    /// Keeps an action on the order to be retried because another Tamara action held the order's lock
    /// </summary>
    /// <param name="order">Order</param>
    /// <param name="action">Action to retry</param>
    public Task QueueWhileBusyAsync(Order order, PendingAction action) =>
        QueueAsync(order, action, "another Tamara action was running on this order");

    /// <summary>
    /// Runs an action; a Tamara that cannot be reached queues it, a refusal is noted and logged for the store owner
    /// </summary>
    /// <param name="order">Order</param>
    /// <param name="action">The action to queue if Tamara cannot be reached</param>
    /// <param name="run">The action itself</param>
    /// <returns>What became of the action</returns>
    public async Task<AfterSaleOutcome> RunOrQueueAsync(Order order, PendingAction action, Func<Task<AfterSaleOutcome>> run)
    {
        try
        {
            var outcome = await run();
            _timeLimit.RecordAnswer();

            return outcome;
        }
        catch (TamaraException exception) when (TamaraFailure.IsTransient(exception))
        {
            _timeLimit.RecordFailure(exception);

            //a call that timed out may have been done at Tamara: its status is unknown until Tamara is read again
            if (exception is TamaraTimeoutException)
                await _orderStateService.SaveStatusAsync(order, TamaraOrderStatus.Unknown);

            await QueueAsync(order, action, TamaraFailure.Describe(exception));

            return AfterSaleOutcome.Queued($"Tamara could not be reached ({TamaraFailure.Describe(exception)}). The {action.Kind.ToString().ToLowerInvariant()} is queued and will be retried automatically; do not repeat it.");
        }
        catch (TamaraException exception)
        {
            var message = $"Tamara refused the {action.Kind.ToString().ToLowerInvariant()} of order #{order.CustomOrderNumber}: {TamaraFailure.Describe(exception)}";
            await _orderStateService.AddNoteAsync(order, $"Tamara: {message}");
            await _logger.ErrorAsync(message, exception);

            return AfterSaleOutcome.Refused(message);
        }
    }

    #endregion
}
