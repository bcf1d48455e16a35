using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Core.Domain.Shipping;
using Nop.Plugin.Payments.Tamara.Api;
using Nop.Plugin.Payments.Tamara.Api.Models;
using Nop.Plugin.Payments.Tamara.Domain;
using Nop.Plugin.Payments.Tamara.Services.AfterSale;
using Nop.Services.Logging;
using Nop.Services.Orders;

namespace Nop.Plugin.Payments.Tamara.Services.Orders;

/// <summary>
/// Reads an order from Tamara, then brings the nopCommerce order in line with it: the one place that does "read Tamara, then act"
/// for notifications, return routes, the reconciliation task and the "Sync now" button
/// </summary>
/// <remarks>
/// Each run holds a per-order distributed lock and re-reads the order inside it, so duplicated or concurrent triggers
/// on any node of a web farm authorise once and change the order once.
/// </remarks>
public class TamaraOrderSynchronizer
{
    #region Fields

    private readonly ILogger _logger;
    private readonly IOrderProcessingService _orderProcessingService;
    private readonly IOrderService _orderService;
    private readonly TamaraCancelService _cancelService;
    private readonly TamaraCaptureService _captureService;
    private readonly TamaraClientProvider _clientProvider;
    private readonly TamaraOrderLock _orderLock;
    private readonly TamaraOrderStateService _stateService;

    #endregion

    #region Ctor

    public TamaraOrderSynchronizer(ILogger logger,
        IOrderProcessingService orderProcessingService,
        IOrderService orderService,
        TamaraCancelService cancelService,
        TamaraCaptureService captureService,
        TamaraClientProvider clientProvider,
        TamaraOrderLock orderLock,
        TamaraOrderStateService stateService)
    {
        _logger = logger;
        _orderProcessingService = orderProcessingService;
        _orderService = orderService;
        _cancelService = cancelService;
        _captureService = captureService;
        _clientProvider = clientProvider;
        _orderLock = orderLock;
        _stateService = stateService;
    }

    #endregion

    #region Utilities

    private async Task<TamaraSyncResult> SyncUnderLockAsync(int orderId, TamaraSyncTrigger trigger, string? tamaraOrderId)
    {
        //re-read inside the lock: another node may have changed the order a moment ago
        var order = await _orderService.GetOrderByIdAsync(orderId);
        if (!TamaraOrderReader.IsTamaraOrder(order))
            return new(TamaraSyncOutcome.NoTamaraOrder);

        var settings = await _clientProvider.LoadSettingsAsync(order.StoreId);
        if (!TamaraClientProvider.IsConfigured(settings))
            return new(TamaraSyncOutcome.TamaraUnavailable);

        var client = _clientProvider.CreateClient(settings);
        order = await _stateService.ChooseSessionAsync(order, client, tamaraOrderId);

        //a session the order does not act on (an earlier one, approved late) must not hold the shopper's money
        if (!string.IsNullOrEmpty(tamaraOrderId) && !string.Equals(tamaraOrderId, order.AuthorizationTransactionId, StringComparison.OrdinalIgnoreCase))
            await _cancelService.ReleaseEarlierSessionLockedAsync(order, tamaraOrderId);

        OrderDetails details;
        try
        {
            details = await client.Orders.GetAsync(order.AuthorizationTransactionId);
        }
        catch (TamaraApiException exception) when (exception.IsNotFound)
        {
            await _logger.WarningAsync($"Tamara does not know order {order.AuthorizationTransactionId} of nopCommerce order {order.Id}");
            return new(TamaraSyncOutcome.NoTamaraOrder);
        }
        catch (TamaraException exception)
        {
            await _logger.WarningAsync($"Tamara order {order.AuthorizationTransactionId} of nopCommerce order {order.Id} could not be read: {TamaraFailure.Describe(exception)}");
            return new(TamaraSyncOutcome.TamaraUnavailable);
        }

        var previousStatus = (await _stateService.GetStateAsync(order)).Status;
        //a final status is kept before acting: the cancel it causes (declined, expired) then knows Tamara holds nothing
        if (TamaraOrderReader.IsFinal(details.Status))
            await _stateService.SaveStatusAsync(order, details.Status);
        var (status, acted) = await ApplyAsync(order, client, details.Status, trigger, settings);
        await _stateService.SaveStatusAsync(order, status, details.PaymentType, details.Instalments);

        //decided from the amounts, not the status name (partially_refunded hides a full capture)
        if (IsSettled(details) && order.PaymentStatus == PaymentStatus.Voided)
        {
            //voided in nopCommerce, yet Tamara keeps captured money (its own capture after 21 days, or a partly captured order)
            await _cancelService.PayCapturedAsync(order, details.CapturedAmount!.Amount);
            acted = true;
        }
        else if (IsSettled(details))
            acted |= await MarkPaidAsync(order, status, trigger);

        if (!acted && status != previousStatus)
            await _stateService.AddNoteAsync(order, $"Tamara status is {status} ({trigger})");

        return new(TamaraSyncOutcome.Synced, status);
    }

    /// <summary>
    /// Gets a value indicating whether everything Tamara authorised is captured or cancelled, with something captured
    /// </summary>
    private static bool IsSettled(OrderDetails details)
    {
        var total = details.TotalAmount?.Amount ?? 0;
        var captured = details.CapturedAmount?.Amount ?? 0;
        var canceled = details.CanceledAmount?.Amount ?? 0;

        return total > 0 && captured > 0 && captured + canceled >= total;
    }

    /// <summary>
    /// Captures what an authorised order already owes, unless the store captures manually: an order that will never have
    /// a shipment to capture on (downloads, services) as a whole; otherwise, right after its authorisation, the shipments
    /// that reached their capture moment while it was still Pending. Runs after the lock is released, as the capture takes it.
    /// </summary>
    private async Task CaptureWhatIsDueAsync(int orderId, bool justAuthorised)
    {
        var order = await _orderService.GetOrderByIdAsync(orderId);
        if (!TamaraOrderReader.IsTamaraOrder(order) || order.PaymentStatus != PaymentStatus.Authorized || order.OrderStatus == OrderStatus.Cancelled)
            return;

        var trigger = (await _clientProvider.LoadSettingsAsync(order.StoreId)).CaptureTrigger;
        if (trigger == CaptureTrigger.Manual)
            return;

        if (order.ShippingStatus != ShippingStatus.ShippingNotRequired)
        {
            if (!justAuthorised)
                return;

            await _captureService.CaptureDueShipmentsAsync(order, trigger);
            await _cancelService.CancelUnneededRestAsync(await _orderService.GetOrderByIdAsync(orderId) ?? order);
            return;
        }

        var outcome = await _captureService.CaptureRemainderAsync(order);
        if (outcome.NothingLeft && order.PaymentStatus == PaymentStatus.Authorized && _orderProcessingService.CanMarkOrderAsPaid(order))
            await _orderProcessingService.MarkOrderAsPaidAsync(order);

        //an order edited below what Tamara authorised leaves the difference open: it is cancelled (and the order paid)
        if (outcome.Kind == AfterSaleOutcomeKind.Done && !outcome.NothingLeft)
            await _cancelService.CancelUnneededRestAsync(order);
    }

    private async Task<(TamaraOrderStatus Status, bool Acted)> ApplyAsync(Order order, ITamaraClient client, TamaraOrderStatus status,
        TamaraSyncTrigger trigger, TamaraSettings settings)
    {
        //an order the store closed keeps nothing open at Tamara: an approval is authorised and cancelled at once
        if (TamaraCancelService.IsClosed(order) && TamaraCancelService.CancelsClosedOrder(order, settings)
            && AdminActionModel.Decide(AdminAction.SyncNowClosedOrder, status).Reaction is TamaraReaction.Cancel or TamaraReaction.AuthoriseThenCancel)
        {
            await _cancelService.CancelClosedOrderLockedAsync(order);
            return ((await _stateService.GetStateAsync(order)).Status ?? status, true);
        }

        switch (status)
        {
            case TamaraOrderStatus.Approved:
                return await AuthoriseAsync(order, client, trigger, settings);

            case TamaraOrderStatus.Authorised:
            case TamaraOrderStatus.PartiallyCaptured:
            case TamaraOrderStatus.Updated:
                return (status, await MarkAuthorizedAsync(order, status, trigger));

            case TamaraOrderStatus.FullyCaptured:
                return (status, await MarkPaidAsync(order, status, trigger));

            case TamaraOrderStatus.Declined:
            case TamaraOrderStatus.Expired:
                return (status, await CancelUnpaidOrderAsync(order, status, trigger));

            case TamaraOrderStatus.Canceled:
                return (status, await VoidAsync(order, trigger));

            default:
                return (status, false);
        }
    }

    private static async Task<TamaraOrderStatus?> ReadStatusAsync(ITamaraClient client, string tamaraOrderId)
    {
        try
        {
            return (await client.Orders.GetAsync(tamaraOrderId)).Status;
        }
        catch (TamaraException)
        {
            return null;
        }
    }

    private async Task<(TamaraOrderStatus Status, bool Acted)> AuthoriseAsync(Order order, ITamaraClient client, TamaraSyncTrigger trigger, TamaraSettings settings)
    {
        var tamaraOrderId = order.AuthorizationTransactionId;
        AuthoriseOrderResponse response;
        try
        {
            response = await client.Orders.AuthoriseAsync(tamaraOrderId);
        }
        catch (TamaraConflictException)
        {
            //already authorised (or no longer approved): act on what Tamara says now, never authorise twice
            var current = await ReadStatusAsync(client, tamaraOrderId);
            if (current is null or TamaraOrderStatus.Approved)
                return (TamaraOrderStatus.Approved, false);

            return await ApplyAsync(order, client, current.Value, trigger, settings);
        }
        catch (TamaraException exception)
        {
            await _stateService.AddNoteAsync(order, $"Tamara order {tamaraOrderId} could not be authorised: {TamaraFailure.Describe(exception)} ({trigger}); it will be tried again");
            await _logger.WarningAsync($"Tamara order {tamaraOrderId} of nopCommerce order {order.Id} could not be authorised: {TamaraFailure.Describe(exception)}");

            //a lost answer may hide an authorisation Tamara made: unknown until Tamara is read again
            return (TamaraFailure.IsTransient(exception) ? TamaraOrderStatus.Unknown : TamaraOrderStatus.Approved, true);
        }

        if (response.AutoCaptured || response.Status == TamaraOrderStatus.FullyCaptured)
        {
            await _stateService.AddNoteAsync(order,
                $"Tamara order {tamaraOrderId} authorised and captured by Tamara at once (capture {response.CaptureId}) ({trigger})");
            if (!string.IsNullOrEmpty(response.CaptureId))
            {
                order.CaptureTransactionId = response.CaptureId;
                await _orderService.UpdateOrderAsync(order);
            }

            //recorded before nopCommerce's paid processing, which tells the plugin's own paid orders by it
            await _stateService.SaveStatusAsync(order, TamaraOrderStatus.FullyCaptured);
            await MarkPaidAsync(order, TamaraOrderStatus.FullyCaptured, trigger);
            return (TamaraOrderStatus.FullyCaptured, true);
        }

        await _stateService.AddNoteAsync(order, $"Tamara order {tamaraOrderId} authorised ({trigger})");
        await MarkAuthorizedAsync(order, TamaraOrderStatus.Authorised, trigger);
        return (TamaraOrderStatus.Authorised, true);
    }

    private async Task<bool> MarkAuthorizedAsync(Order order, TamaraOrderStatus status, TamaraSyncTrigger trigger)
    {
        if (order.PaymentStatus != PaymentStatus.Pending || !_orderProcessingService.CanMarkOrderAsAuthorized(order))
            return false;

        await _orderProcessingService.MarkAsAuthorizedAsync(order);
        await _stateService.AddNoteAsync(order, $"Payment marked as authorised: Tamara status is {status} ({trigger})");
        return true;
    }

    private async Task<bool> MarkPaidAsync(Order order, TamaraOrderStatus status, TamaraSyncTrigger trigger)
    {
        if (order.PaymentStatus is not (PaymentStatus.Pending or PaymentStatus.Authorized) || !_orderProcessingService.CanMarkOrderAsPaid(order))
            return false;

        await _orderProcessingService.MarkOrderAsPaidAsync(order);
        await _stateService.AddNoteAsync(order, $"Order marked as paid: Tamara status is {status} ({trigger})");
        return true;
    }

    private async Task<bool> CancelUnpaidOrderAsync(Order order, TamaraOrderStatus status, TamaraSyncTrigger trigger)
    {
        //an order that was ever authorised is never cancelled because of Tamara's checkout outcome
        if (order.PaymentStatus != PaymentStatus.Pending || order.OrderStatus == OrderStatus.Cancelled || !_orderProcessingService.CanCancelOrder(order))
            return false;

        await _orderProcessingService.CancelOrderAsync(order, false);
        await _stateService.AddNoteAsync(order, $"Order cancelled: Tamara status is {status} and the payment was never authorised ({trigger})");
        return true;
    }

    private async Task<bool> VoidAsync(Order order, TamaraSyncTrigger trigger)
    {
        if (order.PaymentStatus == PaymentStatus.Pending)
            return await CancelUnpaidOrderAsync(order, TamaraOrderStatus.Canceled, trigger);

        if (order.PaymentStatus != PaymentStatus.Authorized || !_orderProcessingService.CanVoidOffline(order))
            return false;

        await _orderProcessingService.VoidOfflineAsync(order);
        await _stateService.AddNoteAsync(order, $"Payment marked as voided: Tamara cancelled the order ({trigger})");
        return true;
    }

    #endregion

    #region Methods

    /// <summary>
    /// Reads the order's Tamara order and brings the nopCommerce order in line with it
    /// </summary>
    /// <param name="order">Order</param>
    /// <param name="trigger">What asked for the synchronisation</param>
    /// <param name="waitForLock">Whether to wait a few seconds when another request holds the order's lock (a shopper waits for the answer)</param>
    /// <param name="tamaraOrderId">The Tamara order a notification or return named (one of the order's sessions), or null</param>
    /// <returns>A task whose result tells how it ended; Busy when another request holds the order's lock (at once, unless waiting)</returns>
    public async Task<TamaraSyncResult> SyncAsync(Order order, TamaraSyncTrigger trigger, bool waitForLock = false, string? tamaraOrderId = null)
    {
        ArgumentNullException.ThrowIfNull(order);

        var wasPending = order.PaymentStatus == PaymentStatus.Pending;
        var result = new TamaraSyncResult(TamaraSyncOutcome.Busy);
        async Task SyncOrderAsync() => result = await SyncUnderLockAsync(order.Id, trigger, tamaraOrderId);
        var performed = waitForLock
            ? await _orderLock.TryRunAsync(order.Id, SyncOrderAsync)
            : await _orderLock.TryRunNowAsync(order.Id, SyncOrderAsync);

        if (!performed)
            return new(TamaraSyncOutcome.Busy);

        if (result.Outcome == TamaraSyncOutcome.Synced && TamaraOrderReader.IsAuthorised(result.Status))
            await CaptureWhatIsDueAsync(order.Id, wasPending);

        return result;
    }

    /// <summary>
    /// Reads the order from Tamara first when the store has not seen Tamara authorise it, so an approval the store missed
    /// is authorised (never left in approved) before an action that needs Tamara's money goes on
    /// </summary>
    /// <param name="order">Order</param>
    /// <param name="trigger">What asked for the action</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    public async Task AuthoriseMissedApprovalAsync(Order order, TamaraSyncTrigger trigger)
    {
        ArgumentNullException.ThrowIfNull(order);

        if (TamaraOrderReader.AwaitsAuthorisation((await _stateService.GetStateAsync(order)).Status))
            await SyncAsync(order, trigger);
    }

    #endregion
}
