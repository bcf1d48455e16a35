using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Payments.Tamara.Api;
using Nop.Plugin.Payments.Tamara.Api.Models;
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
    private readonly TamaraClientProvider _clientProvider;
    private readonly TamaraOrderLock _orderLock;
    private readonly TamaraOrderStateService _stateService;

    #endregion

    #region Ctor

    public TamaraOrderSynchronizer(ILogger logger,
        IOrderProcessingService orderProcessingService,
        IOrderService orderService,
        TamaraClientProvider clientProvider,
        TamaraOrderLock orderLock,
        TamaraOrderStateService stateService)
    {
        _logger = logger;
        _orderProcessingService = orderProcessingService;
        _orderService = orderService;
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
        var (status, acted) = await ApplyAsync(order, client, details.Status, trigger);
        await _stateService.SaveStatusAsync(order, status, details.PaymentType, details.Instalments);

        if (!acted && status != previousStatus)
            await _stateService.AddNoteAsync(order, $"Tamara status is {status} ({trigger})");

        return new(TamaraSyncOutcome.Synced, status);
    }

    private async Task<(TamaraOrderStatus Status, bool Acted)> ApplyAsync(Order order, ITamaraClient client, TamaraOrderStatus status, TamaraSyncTrigger trigger)
    {
        switch (status)
        {
            case TamaraOrderStatus.Approved:
                return await AuthoriseAsync(order, client, trigger);

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

    private async Task<(TamaraOrderStatus Status, bool Acted)> AuthoriseAsync(Order order, ITamaraClient client, TamaraSyncTrigger trigger)
    {
        var tamaraOrderId = order.AuthorizationTransactionId;
        if (order.OrderStatus == OrderStatus.Cancelled)
        {
            //said once: notifications and the task come back to this order until Tamara expires it
            if ((await _stateService.GetStateAsync(order)).Status == TamaraOrderStatus.Approved)
                return (TamaraOrderStatus.Approved, true);

            await _stateService.AddNoteAsync(order,
                $"Tamara approved order {tamaraOrderId}, but this order is cancelled: it was not authorised and Tamara lets it expire ({trigger})");
            return (TamaraOrderStatus.Approved, true);
        }

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

            return await ApplyAsync(order, client, current.Value, trigger);
        }
        catch (TamaraException exception)
        {
            await _stateService.AddNoteAsync(order, $"Tamara order {tamaraOrderId} could not be authorised: {TamaraFailure.Describe(exception)} ({trigger}); it will be tried again");
            await _logger.WarningAsync($"Tamara order {tamaraOrderId} of nopCommerce order {order.Id} could not be authorised: {TamaraFailure.Describe(exception)}");
            return (TamaraOrderStatus.Approved, true);
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

        var result = new TamaraSyncResult(TamaraSyncOutcome.Busy);
        async Task SyncOrderAsync() => result = await SyncUnderLockAsync(order.Id, trigger, tamaraOrderId);
        var performed = waitForLock
            ? await _orderLock.TryRunAsync(order.Id, SyncOrderAsync)
            : await _orderLock.TryRunNowAsync(order.Id, SyncOrderAsync);

        return performed ? result : new(TamaraSyncOutcome.Busy);
    }

    #endregion
}
