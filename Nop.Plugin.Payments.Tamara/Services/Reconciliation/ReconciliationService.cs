using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Payments.Tamara.Api;
using Nop.Plugin.Payments.Tamara.Services.AfterSale;
using Nop.Plugin.Payments.Tamara.Services.Orders;
using Nop.Plugin.Payments.Tamara.Services.Retries;
using Nop.Services.Common;
using Nop.Services.Configuration;
using Nop.Services.Logging;
using Nop.Services.Orders;

namespace Nop.Plugin.Payments.Tamara.Services.Reconciliation;

/// <summary>
/// Heals Tamara orders that notifications left behind: reads open orders again, retries queued actions, follows deleted
/// orders Tamara still holds, warns about orders authorised for long with nothing captured. Sequential and capped per
/// run, to be gentle on Tamara's API.
/// </summary>
/// <remarks>
/// The open orders are taken up round-robin from a cursor kept in a setting (so across runs and nodes): each run goes on
/// where the last one stopped, and at least <see cref="MIN_OPEN_ORDERS_PER_RUN"/> of its reads go to open orders. An
/// order due for reading is therefore read within ⌈due orders / MIN_OPEN_ORDERS_PER_RUN⌉ + 1 runs, whatever the backlog.
/// </remarks>
public class ReconciliationService
{
    #region Fields

    /// <summary>
    /// At most this many orders are read or retried at Tamara per run, however many candidate pages it takes to find them
    /// </summary>
    public const int MAX_ORDERS_PER_RUN = 50;

    /// <summary>
    /// At least this many of a run's orders are open orders taken up from the cursor; queued actions and deleted orders
    /// share the rest
    /// </summary>
    public const int MIN_OPEN_ORDERS_PER_RUN = MAX_ORDERS_PER_RUN / 2;

    private const int CANDIDATES_PAGE_SIZE = 500;
    private static readonly TimeSpan _lookBack = TimeSpan.FromDays(95);
    private static readonly TimeSpan _authorisedRecheckInterval = TimeSpan.FromHours(6);
    private static readonly TimeSpan _autoCaptureSoon = TimeSpan.FromDays(20);
    private static readonly TimeSpan _unknownOrderMaxBackoff = TimeSpan.FromDays(7);

    private readonly AfterSaleRecordService _recordService;
    private readonly DeletedOrderWatchList _deletedOrders;
    private readonly IGenericAttributeService _genericAttributeService;
    private readonly ILogger _logger;
    private readonly IOrderService _orderService;
    private readonly ISettingService _settingService;
    private readonly PendingActionRetryService _retryService;
    private readonly TamaraCancelService _cancelService;
    private readonly TamaraClientProvider _clientProvider;
    private readonly TamaraOrderReader _orderReader;
    private readonly TamaraOrderStateService _orderStateService;
    private readonly TamaraOrderSynchronizer _synchronizer;

    #endregion

    #region Ctor

    public ReconciliationService(AfterSaleRecordService recordService,
        DeletedOrderWatchList deletedOrders,
        IGenericAttributeService genericAttributeService,
        ILogger logger,
        IOrderService orderService,
        ISettingService settingService,
        PendingActionRetryService retryService,
        TamaraCancelService cancelService,
        TamaraClientProvider clientProvider,
        TamaraOrderReader orderReader,
        TamaraOrderStateService orderStateService,
        TamaraOrderSynchronizer synchronizer)
    {
        _recordService = recordService;
        _deletedOrders = deletedOrders;
        _genericAttributeService = genericAttributeService;
        _logger = logger;
        _orderService = orderService;
        _settingService = settingService;
        _retryService = retryService;
        _cancelService = cancelService;
        _clientProvider = clientProvider;
        _orderReader = orderReader;
        _orderStateService = orderStateService;
        _synchronizer = synchronizer;
    }

    #endregion

    #region Utilities

    /// <summary>
    /// Gets the candidate orders page by page, newest first, from just past the cursor on, for as long as the caller
    /// takes them: the run's budget bounds the pass, not the size of one page
    /// </summary>
    private async IAsyncEnumerable<Order> SearchAsync(DateTime now, List<int>? paymentStatusIds, string? noteMarker, ReconciliationCursor? from = null)
    {
        for (var pageIndex = 0; ; pageIndex++)
        {
            var page = await _orderService.SearchOrdersAsync(paymentMethodSystemName: TamaraDefaults.SystemName,
                createdFromUtc: now - _lookBack,
                createdToUtc: from?.CreatedOnUtc,
                psIds: paymentStatusIds,
                orderNotes: noteMarker,
                pageIndex: pageIndex,
                pageSize: CANDIDATES_PAGE_SIZE);

            foreach (var order in page.Where(order => from is null || from.IsPassedBy(order)))
                yield return order;

            if (!page.HasNextPage)
                yield break;
        }
    }

    /// <summary>
    /// Time before an order Tamara does not know is read again: 1, 2, 4 ... hours, at most a week
    /// </summary>
    private static TimeSpan UnknownOrderBackoff(int notFoundCount)
    {
        return TimeSpan.FromHours(Math.Min(Math.Pow(2, Math.Clamp(notFoundCount - 1, 0, 10)), _unknownOrderMaxBackoff.TotalHours));
    }

    /// <summary>
    /// Records that Tamara does not know the order (404), so the task reads it less and less often; says it once in a note
    /// </summary>
    private async Task RecordUnknownAtTamaraAsync(Order order)
    {
        var notFoundCount = await _genericAttributeService.GetAttributeAsync<int>(order, TamaraDefaults.OrderAttributes.NotFoundCount) + 1;
        await _genericAttributeService.SaveAttributeAsync(order, TamaraDefaults.OrderAttributes.NotFoundCount, notFoundCount);

        if (notFoundCount == 1)
            await _orderStateService.AddNoteAsync(order,
                $"Tamara does not know order {order.AuthorizationTransactionId}: the reconciliation task reads it again less and less often, at most once a week");
    }

    /// <summary>
    /// Pending orders are read every run (Tamara's new and approved last minutes or hours); authorised ones only when
    /// auto-capture or the warning is near, and then a few times a day
    /// </summary>
    private async Task<bool> IsDueForReadingAsync(Order order, int warnAfterDays, DateTime now)
    {
        var notFoundCount = await _genericAttributeService.GetAttributeAsync<int>(order, TamaraDefaults.OrderAttributes.NotFoundCount);
        if (notFoundCount > 0)
        {
            var lastReadOnUtc = await _genericAttributeService.GetAttributeAsync<DateTime?>(order, TamaraDefaults.OrderAttributes.ReconciledOnUtc);
            return lastReadOnUtc is null || now - lastReadOnUtc.Value >= UnknownOrderBackoff(notFoundCount);
        }

        //pending orders, cancelled ones too, and voided ones are read until Tamara's status is final: an authorisation
        //whose answer was lost must be found (and cancelled if the order is); expired, declined and cancelled orders leave for good
        if (order.PaymentStatus is PaymentStatus.Pending or PaymentStatus.Voided)
            return !TamaraOrderReader.IsFinal((await _orderStateService.GetStateAsync(order)).Status);

        var age = now - order.CreatedOnUtc;
        if (age < _autoCaptureSoon && (warnAfterDays <= 0 || age < TimeSpan.FromDays(warnAfterDays)))
            return false;

        var lastRead = await _genericAttributeService.GetAttributeAsync<DateTime?>(order, TamaraDefaults.OrderAttributes.ReconciledOnUtc);

        return lastRead is null || now - lastRead.Value >= _authorisedRecheckInterval;
    }

    private async Task ReconcileSafelyAsync(Order order)
    {
        try
        {
            await ReconcileOrderAsync(order, TamaraSyncTrigger.ScheduleTask);
        }
        catch (TamaraException exception)
        {
            //one order Tamara cannot answer for must not stop the others
            await _logger.WarningAsync($"Tamara: order #{order.CustomOrderNumber} could not be reconciled: {TamaraFailure.Describe(exception)}", exception);
        }
    }

    private static bool IsUncapturedWarningAge(Order order, int warnAfterDays, DateTime now)
    {
        return order.PaymentStatus == PaymentStatus.Authorized && warnAfterDays > 0 && now - order.CreatedOnUtc >= TimeSpan.FromDays(warnAfterDays);
    }

    /// <summary>
    /// Warns once about an order authorised for long with nothing captured: Tamara settles nothing until it is captured
    /// </summary>
    private async Task WarnIfUncapturedAsync(Order order, int warnAfterDays, DateTime now)
    {
        if (!IsUncapturedWarningAge(order, warnAfterDays, now))
            return;

        if (await _genericAttributeService.GetAttributeAsync<bool>(order, TamaraDefaults.OrderAttributes.UncapturedWarned))
            return;

        var balance = await _recordService.GetBalanceAsync(order);
        if (balance is null || balance.Captured > 0 || balance.Capturable <= 0)
            return;

        await _orderStateService.AddNoteAsync(order,
            $"Tamara: warning, this order was authorised more than {warnAfterDays} days ago and nothing is captured. Tamara settles nothing until it is captured, and captures it by itself 21 days after authorisation. Ship it (or capture it) or cancel it.");
        await _genericAttributeService.SaveAttributeAsync(order, TamaraDefaults.OrderAttributes.UncapturedWarned, true);
    }

    /// <summary>
    /// Retries the queued actions that are due, newest orders first
    /// </summary>
    /// <returns>The number of orders taken up</returns>
    private async Task<int> RetryQueuedActionsAsync(DateTime now, int budget)
    {
        var taken = 0;
        await foreach (var order in SearchAsync(now, null, TamaraDefaults.PendingActionNoteMarker))
        {
            if (taken >= budget)
                break;

            var actions = await _recordService.GetPendingActionsAsync(order);
            if (!actions.Any(action => action.NextAttemptOnUtc <= now))
                continue;

            taken++;
            await _retryService.RetryDueAsync(order);
        }

        return taken;
    }

    /// <summary>
    /// Follows the deleted orders Tamara may still hold money for (nopCommerce's search no longer lists them): retries
    /// their queued cancel, cancels an authorisation found, and stops watching once Tamara's order is final; the others
    /// go behind the rest of the list for the next runs
    /// </summary>
    /// <returns>The number of orders taken up</returns>
    private async Task<int> FollowDeletedOrdersAsync(int budget)
    {
        var taken = 0;
        foreach (var orderId in (await _deletedOrders.GetAsync()).Take(budget))
        {
            taken++;
            var order = await _orderService.GetOrderByIdAsync(orderId);
            if (!TamaraOrderReader.HasTamaraOrder(order))
            {
                await _deletedOrders.RemoveAsync(orderId);
                continue;
            }

            var finished = false;
            try
            {
                await _retryService.RetryDueAsync(order);
                if ((await _recordService.GetPendingActionsAsync(order)).Count == 0)
                {
                    var (details, _) = await _orderReader.ReadAsync(order);
                    finished = TamaraOrderReader.IsFinal(details.Status)
                        || AdminActionModel.Decide(AdminAction.Delete, details.Status).Reaction is TamaraReaction.Cancel or TamaraReaction.AuthoriseThenCancel
                        && (await _cancelService.CancelClosedOrderAsync(order, AdminAction.Delete, await _clientProvider.LoadSettingsAsync(order.StoreId))).Finished;
                }
            }
            catch (TamaraException exception)
            {
                await _logger.WarningAsync($"Tamara: deleted order #{order.CustomOrderNumber} could not be read: {TamaraFailure.Describe(exception)}", exception);
            }

            if (finished)
                await _deletedOrders.RemoveAsync(orderId);
            else
                await _deletedOrders.AddAsync(orderId);
        }

        return taken;
    }

    /// <summary>
    /// Reads the orders marked as paid by hand before Tamara authorised them (nopCommerce's search of open orders no
    /// longer lists them) until Tamara authorises or ends them, so an approval is never left waiting
    /// </summary>
    /// <returns>The number of orders taken up</returns>
    private async Task<int> FollowOrdersPaidBeforeAuthorisationAsync(DateTime now, int budget)
    {
        var taken = 0;
        await foreach (var order in SearchAsync(now, null, TamaraDefaults.PaidBeforeAuthorisationNoteMarker))
        {
            if (taken >= budget)
                break;

            if (order.PaymentStatus is PaymentStatus.Pending or PaymentStatus.Authorized or PaymentStatus.Voided
                || !TamaraOrderReader.IsTamaraOrder(order)
                || !TamaraOrderReader.AwaitsAuthorisation((await _orderStateService.GetStateAsync(order)).Status))
                continue;

            taken++;
            await ReconcileSafelyAsync(order);
        }

        return taken;
    }

    private async Task<ReconciliationCursor?> LoadCursorAsync() =>
        ReconciliationCursor.Parse(await _settingService.GetSettingByKeyAsync<string>(TamaraDefaults.ReconciliationCursorSettingKey, string.Empty));

    private Task SaveCursorAsync(ReconciliationCursor? cursor) =>
        _settingService.SetSettingAsync(TamaraDefaults.ReconciliationCursorSettingKey, cursor?.ToString() ?? string.Empty);

    /// <summary>
    /// Reads the due open orders from just past one position (the newest when null) to just before another (the oldest
    /// when null), as long as the budget lasts
    /// </summary>
    /// <returns>The number of orders taken up, the last order passed, and whether the lap got to its end</returns>
    private async Task<(int Taken, ReconciliationCursor? Position, bool Completed)> ReconcileLapAsync(DateTime now,
        ReconciliationCursor? from, ReconciliationCursor? until, int budget)
    {
        var taken = 0;
        var position = from;
        await foreach (var order in SearchAsync(now, [(int)PaymentStatus.Pending, (int)PaymentStatus.Authorized, (int)PaymentStatus.Voided], null, from))
        {
            if (until?.IsReachedBy(order) == true)
                break;

            if (TamaraOrderReader.IsTamaraOrder(order)
                && await IsDueForReadingAsync(order, (await _clientProvider.LoadSettingsAsync(order.StoreId)).WarnUncapturedAfterDays, now))
            {
                if (taken >= budget)
                    return (taken, position, false);

                taken++;
                await ReconcileSafelyAsync(order);
            }

            position = ReconciliationCursor.At(order);
        }

        return (taken, position, true);
    }

    /// <summary>
    /// Reads the open (pending and authorised) orders that are due, round-robin: from where the last run stopped to the
    /// oldest order, then from the newest back to where this run started
    /// </summary>
    /// <returns>The number of orders taken up</returns>
    private async Task<int> ReconcileOpenOrdersAsync(DateTime now, int budget)
    {
        var start = await LoadCursorAsync();
        var (taken, position, completed) = await ReconcileLapAsync(now, start, null, budget);
        if (completed && start is not null)
        {
            var (more, wrappedPosition, wrappedCompleted) = await ReconcileLapAsync(now, null, start, budget - taken);
            (taken, position, completed) = (taken + more, wrappedPosition, wrappedCompleted);
        }

        //every open order passed once: the next run starts from the newest; saving a setting clears nopCommerce's
        //settings cache on every node, so an unchanged cursor is not saved again
        var next = completed ? null : position;
        if (next != start)
            await SaveCursorAsync(next);

        return taken;
    }

    #endregion

    #region Methods

    /// <summary>
    /// Reconciles one order: brings it in line with Tamara, reads the amounts Tamara holds, warns when nothing was
    /// captured for long and retries the queued actions that are due
    /// </summary>
    /// <param name="order">Order</param>
    /// <param name="trigger">What asked for it: the task, or the "Sync now" button</param>
    /// <returns>A task whose result tells how the synchronisation ended</returns>
    /// <exception cref="TamaraException">Tamara could not be read</exception>
    public async Task<TamaraSyncResult> ReconcileOrderAsync(Order order, TamaraSyncTrigger trigger)
    {
        ArgumentNullException.ThrowIfNull(order);

        var now = DateTime.UtcNow;
        var result = await _synchronizer.SyncAsync(order, trigger);
        if (result.Outcome == TamaraSyncOutcome.NoTamaraOrder)
        {
            await RecordUnknownAtTamaraAsync(order);
            await _genericAttributeService.SaveAttributeAsync(order, TamaraDefaults.OrderAttributes.ReconciledOnUtc, now);
            return result;
        }

        if (result.Outcome == TamaraSyncOutcome.Synced)
            await _genericAttributeService.SaveAttributeAsync<int?>(order, TamaraDefaults.OrderAttributes.NotFoundCount, null);

        //the synchroniser changed the order as stored: go on with that, never with the copy loaded before
        order = await _orderService.GetOrderByIdAsync(order.Id) ?? order;
        var settings = await _clientProvider.LoadSettingsAsync(order.StoreId);

        //the synchroniser reads the status only: the amounts take one more read, made for the panel when the store owner
        //asks, and by the task only when the warning about an uncaptured order may be due
        if (trigger == TamaraSyncTrigger.Manual || IsUncapturedWarningAge(order, settings.WarnUncapturedAfterDays, now))
        {
            await _orderReader.ReadAsync(order);
            await WarnIfUncapturedAsync(order, settings.WarnUncapturedAfterDays, now);
        }

        await _retryService.RetryDueAsync(order);
        await _cancelService.CancelUnneededRestAsync(order);
        await _genericAttributeService.SaveAttributeAsync(order, TamaraDefaults.OrderAttributes.ReconciledOnUtc, now);

        return result;
    }

    /// <summary>
    /// Runs one reconciliation pass
    /// </summary>
    /// <returns>The number of orders taken up with Tamara</returns>
    public async Task<int> RunAsync()
    {
        var now = DateTime.UtcNow;
        var taken = await RetryQueuedActionsAsync(now, MAX_ORDERS_PER_RUN - MIN_OPEN_ORDERS_PER_RUN);
        taken += await FollowDeletedOrdersAsync(MAX_ORDERS_PER_RUN - MIN_OPEN_ORDERS_PER_RUN - taken);
        taken += await FollowOrdersPaidBeforeAuthorisationAsync(now, MAX_ORDERS_PER_RUN - MIN_OPEN_ORDERS_PER_RUN - taken);
        taken += await ReconcileOpenOrdersAsync(now, MAX_ORDERS_PER_RUN - taken);

        return taken;
    }

    #endregion
}
