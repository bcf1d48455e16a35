using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Payments.Tamara.Api;
using Nop.Plugin.Payments.Tamara.Services.AfterSale;
using Nop.Plugin.Payments.Tamara.Services.Orders;
using Nop.Plugin.Payments.Tamara.Services.Retries;
using Nop.Services.Common;
using Nop.Services.Logging;
using Nop.Services.Orders;

namespace Nop.Plugin.Payments.Tamara.Services.Reconciliation;

/// <summary>
/// Heals Tamara orders that notifications left behind: reads open orders again, retries queued actions, warns about
/// orders authorised for long with nothing captured. Sequential and capped per run, to be gentle on Tamara's API.
/// </summary>
public class ReconciliationService
{
    #region Fields

    /// <summary>
    /// At most this many orders are read or retried at Tamara per run, however many candidate pages it takes to find them
    /// </summary>
    public const int MAX_ORDERS_PER_RUN = 50;

    private const int CANDIDATES_PAGE_SIZE = 500;
    private static readonly TimeSpan _lookBack = TimeSpan.FromDays(95);
    private static readonly TimeSpan _authorisedRecheckInterval = TimeSpan.FromHours(6);
    private static readonly TimeSpan _autoCaptureSoon = TimeSpan.FromDays(20);
    private static readonly TimeSpan _unknownOrderMaxBackoff = TimeSpan.FromDays(7);

    private readonly AfterSaleRecordService _recordService;
    private readonly IGenericAttributeService _genericAttributeService;
    private readonly ILogger _logger;
    private readonly IOrderService _orderService;
    private readonly PendingActionRetryService _retryService;
    private readonly TamaraClientProvider _clientProvider;
    private readonly TamaraOrderReader _orderReader;
    private readonly TamaraOrderStateService _orderStateService;
    private readonly TamaraOrderSynchronizer _synchronizer;

    #endregion

    #region Ctor

    public ReconciliationService(AfterSaleRecordService recordService,
        IGenericAttributeService genericAttributeService,
        ILogger logger,
        IOrderService orderService,
        PendingActionRetryService retryService,
        TamaraClientProvider clientProvider,
        TamaraOrderReader orderReader,
        TamaraOrderStateService orderStateService,
        TamaraOrderSynchronizer synchronizer)
    {
        _recordService = recordService;
        _genericAttributeService = genericAttributeService;
        _logger = logger;
        _orderService = orderService;
        _retryService = retryService;
        _clientProvider = clientProvider;
        _orderReader = orderReader;
        _orderStateService = orderStateService;
        _synchronizer = synchronizer;
    }

    #endregion

    #region Utilities

    /// <summary>
    /// Gets the candidate orders page by page, newest first, for as long as the caller takes them: the run's budget
    /// bounds the pass, not the size of one page
    /// </summary>
    private async IAsyncEnumerable<Order> SearchAsync(DateTime now, List<int>? paymentStatusIds, string? noteMarker)
    {
        for (var pageIndex = 0; ; pageIndex++)
        {
            var page = await _orderService.SearchOrdersAsync(paymentMethodSystemName: TamaraDefaults.SystemName,
                createdFromUtc: now - _lookBack,
                psIds: paymentStatusIds,
                orderNotes: noteMarker,
                pageIndex: pageIndex,
                pageSize: CANDIDATES_PAGE_SIZE);

            foreach (var order in page)
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

        //a cancelled order is never authorised: reading it again would only use up the run (abandoned checkouts pile up)
        if (order.PaymentStatus == PaymentStatus.Pending)
            return order.OrderStatus != OrderStatus.Cancelled;

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

        //the synchroniser reads the status only: the amounts take one more read, made for the panel when the store owner
        //asks, and by the task only when the warning about an uncaptured order may be due
        var settings = await _clientProvider.LoadSettingsAsync(order.StoreId);
        if (trigger == TamaraSyncTrigger.Manual || IsUncapturedWarningAge(order, settings.WarnUncapturedAfterDays, now))
        {
            await _orderReader.ReadAsync(order);
            await WarnIfUncapturedAsync(order, settings.WarnUncapturedAfterDays, now);
        }

        await _retryService.RetryDueAsync(order);
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
        var budget = MAX_ORDERS_PER_RUN;

        await foreach (var order in SearchAsync(now, null, TamaraDefaults.PendingActionNoteMarker))
        {
            if (budget <= 0)
                break;

            var actions = await _recordService.GetPendingActionsAsync(order);
            if (!actions.Any(action => action.NextAttemptOnUtc <= now))
                continue;

            budget--;
            await _retryService.RetryDueAsync(order);
        }

        //pending orders first: Tamara's new and approved last minutes or hours, authorised ones weeks
        foreach (var paymentStatus in new[] { PaymentStatus.Pending, PaymentStatus.Authorized })
        {
            await foreach (var order in SearchAsync(now, [(int)paymentStatus], null))
            {
                if (budget <= 0)
                    break;

                if (!TamaraOrderReader.IsTamaraOrder(order))
                    continue;

                var settings = await _clientProvider.LoadSettingsAsync(order.StoreId);
                if (!await IsDueForReadingAsync(order, settings.WarnUncapturedAfterDays, now))
                    continue;

                budget--;
                await ReconcileSafelyAsync(order);
            }
        }

        return MAX_ORDERS_PER_RUN - budget;
    }

    #endregion
}
