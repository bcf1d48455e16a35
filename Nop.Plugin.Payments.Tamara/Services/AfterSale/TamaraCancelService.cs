using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Payments.Tamara.Api;
using Nop.Plugin.Payments.Tamara.Api.Models;
using Nop.Plugin.Payments.Tamara.Domain;
using Nop.Plugin.Payments.Tamara.Services.Orders;
using Nop.Plugin.Payments.Tamara.Services.Retries;
using Nop.Services.Orders;

namespace Nop.Plugin.Payments.Tamara.Services.AfterSale;

/// <summary>
/// Cancels at Tamara whatever of an authorised order is not captured
/// </summary>
public class TamaraCancelService
{
    #region Fields

    private readonly AfterSaleRecordService _recordService;
    private readonly IOrderProcessingService _orderProcessingService;
    private readonly IOrderService _orderService;
    private readonly PendingActionQueue _pendingActionQueue;
    private readonly TamaraItemBuilder _itemBuilder;
    private readonly TamaraOrderLock _orderLock;
    private readonly TamaraOrderReader _orderReader;
    private readonly TamaraOrderStateService _orderStateService;

    #endregion

    #region Ctor

    public TamaraCancelService(AfterSaleRecordService recordService,
        IOrderProcessingService orderProcessingService,
        IOrderService orderService,
        PendingActionQueue pendingActionQueue,
        TamaraItemBuilder itemBuilder,
        TamaraOrderLock orderLock,
        TamaraOrderReader orderReader,
        TamaraOrderStateService orderStateService)
    {
        _recordService = recordService;
        _orderProcessingService = orderProcessingService;
        _orderService = orderService;
        _pendingActionQueue = pendingActionQueue;
        _itemBuilder = itemBuilder;
        _orderLock = orderLock;
        _orderReader = orderReader;
        _orderStateService = orderStateService;
    }

    #endregion

    #region Utilities

    private async Task<CancelOrderRequest> BuildRequestAsync(Order order, decimal cancelable)
    {
        var currency = order.CustomerCurrencyCode;
        var orderAmounts = await _orderReader.GetOrderAmountsAsync(order);
        var captures = (await _recordService.GetCapturesAsync(order)).Select(capture => capture.Amounts).ToList();
        var rest = CaptureAllocator.Remainder(orderAmounts, captures);

        //the items are sent only when they describe exactly what Tamara still holds
        if (rest.Total != cancelable)
            return new CancelOrderRequest { TotalAmount = new Money(cancelable, currency) };

        return new CancelOrderRequest
        {
            TotalAmount = new Money(rest.Total, currency),
            ShippingAmount = new Money(rest.Shipping, currency),
            TaxAmount = new Money(rest.Tax, currency),
            DiscountAmount = new Money(rest.Discount, currency),
            Items = await _itemBuilder.BuildAsync(order, rest)
        };
    }

    /// <summary>
    /// Makes nopCommerce follow Tamara once Tamara holds nothing open any more, whether this cancel did it or an earlier
    /// one whose answer was lost: Voided with nothing captured, Paid when something was captured
    /// </summary>
    private async Task FollowCancelAsync(Order order, AfterSaleOutcome outcome)
    {
        if (!outcome.Finished || order.PaymentStatus != PaymentStatus.Authorized)
            return;

        var captured = (await _recordService.GetBalanceAsync(order))?.Captured ?? 0;
        if (captured == 0 && _orderProcessingService.CanVoidOffline(order))
            await _orderProcessingService.VoidOfflineAsync(order);
        else if (captured > 0 && _orderProcessingService.CanMarkOrderAsPaid(order))
            await _orderProcessingService.MarkOrderAsPaidAsync(order);
        else if (captured > 0)
            await RecordPaidAsync(order, captured);
    }

    /// <summary>
    /// Records the payment of a cancelled order as Paid: nopCommerce's MarkOrderAsPaidAsync refuses cancelled orders,
    /// and its Refund buttons appear only for a Paid payment, so the captured part could otherwise never be refunded
    /// </summary>
    private async Task RecordPaidAsync(Order order, decimal captured)
    {
        order.PaymentStatus = PaymentStatus.Paid;
        order.PaidDateUtc = DateTime.UtcNow;
        await _orderService.UpdateOrderAsync(order);
        await _orderStateService.AddNoteAsync(order,
            $"Tamara: the payment is recorded as paid because Tamara keeps the {captured} {order.CustomerCurrencyCode} captured; use Refund or Partial refund to give it back.");
    }

    private async Task<AfterSaleOutcome> RunAsync(Order order, bool fromAdmin)
    {
        var action = new PendingAction { Kind = PendingActionKind.Cancel, UpdateOrderOnSuccess = fromAdmin };
        var outcome = await _orderLock.TryRunAsync(order.Id, async () =>
        {
            if ((await _recordService.GetPendingActionsAsync(order)).Any(pending => pending.Kind == PendingActionKind.Cancel))
                return AfterSaleOutcome.Queued("A Tamara cancel of this order is queued and will be retried automatically; only Tamara's answer changes the payment.");

            var result = await _pendingActionQueue.RunOrQueueAsync(order, action, () => CancelLockedAsync(order));
            if (!fromAdmin)
                await FollowCancelAsync(order, result);

            return result;
        });
        if (outcome is not null)
            return outcome;

        if (fromAdmin)
            return AfterSaleOutcome.Busy;

        await _pendingActionQueue.QueueWhileBusyAsync(order, action);

        return AfterSaleOutcome.Queued("The Tamara cancel is queued.");
    }

    /// <summary>
    /// Cancels what is not captured; the caller holds the order's lock
    /// </summary>
    /// <param name="order">Order</param>
    /// <param name="afterConflict">Whether an earlier attempt of this cancel met a 409</param>
    /// <exception cref="TamaraException">Tamara could not be reached or refused; TamaraRetryLaterException after a second 409</exception>
    private async Task<AfterSaleOutcome> CancelLockedAsync(Order order, bool afterConflict = false)
    {
        var (details, balance) = await _orderReader.ReadAsync(order);

        if (!TamaraOrderReader.IsAuthorised(details.Status) || balance.Capturable <= 0)
        {
            var message = balance.Captured > balance.Refunded
                ? $"Tamara: nothing left to cancel; {balance.Captured - balance.Refunded} {balance.Currency} is captured (Tamara reports {details.Status}). Refund it if the customer must get it back."
                : $"Tamara: nothing to cancel; Tamara reports {details.Status}.";
            await _orderStateService.AddNoteAsync(order, message);

            return AfterSaleOutcome.NothingToDo(message, balance.Capturable <= 0 || TamaraOrderReader.IsFinal(details.Status));
        }

        var request = await BuildRequestAsync(order, balance.Capturable);
        CancelOrderResponse response;
        try
        {
            response = await (await _orderReader.GetClientAsync(order)).Orders.CancelAsync(order.AuthorizationTransactionId, request);
        }
        catch (TamaraConflictException) when (!afterConflict)
        {
            //a 409 may be a passing state at Tamara: read again and send what is still needed
            return await CancelLockedAsync(order, true);
        }
        catch (TamaraConflictException conflict)
        {
            var message = $"Tamara: cancel not made ({TamaraFailure.Describe(conflict)}); Tamara reports {details.Status} with {balance.Capturable} {balance.Currency} still open.";
            if (balance.Captured == 0)
                throw new TamaraRetryLaterException(message, conflict);

            message += " Tamara cancels only orders with nothing captured: capture the rest (or Tamara captures it 21 days after authorisation), then refund what the customer must get back.";
            await _orderStateService.AddNoteAsync(order, message);

            return AfterSaleOutcome.Refused(message);
        }

        balance.Canceled += request.TotalAmount.Amount;
        await _recordService.SaveBalanceAsync(order, balance);
        //the answer names what the cancel did: with captures made and nothing left open, Tamara's order reads fully_captured
        await _orderStateService.SaveStatusAsync(order, balance.Captured > 0 && balance.Capturable <= 0 ? TamaraOrderStatus.FullyCaptured : response.Status);
        var note = $"Tamara: cancelled {request.TotalAmount.Amount} {request.TotalAmount.Currency} (cancel id {response.CancelId}); Tamara reports {response.Status}.";
        if (balance.Captured > 0)
            note += $" The {balance.Captured} {balance.Currency} captured stays with Tamara: refund it if the customer must get it back.";
        await _orderStateService.AddNoteAsync(order, note);

        return AfterSaleOutcome.Done(note, response.CancelId, true);
    }

    #endregion

    #region Methods

    /// <summary>
    /// Cancels what is not captured (the admin's Void button)
    /// </summary>
    /// <param name="order">Order</param>
    public Task<AfterSaleOutcome> VoidAsync(Order order) => RunAsync(order, true);

    /// <summary>
    /// Cancels what is not captured because the nopCommerce order was cancelled or deleted
    /// </summary>
    /// <param name="order">Order</param>
    public Task<AfterSaleOutcome> CancelCancelledOrderAsync(Order order) => RunAsync(order, false);

    /// <summary>
    /// Gets a value indicating whether Tamara may hold authorised money for the order: the payment is Authorized, or
    /// still Pending in nopCommerce while Tamara's last known status is not final (an approval or authorisation may
    /// have happened without the store hearing of it)
    /// </summary>
    /// <param name="order">Order</param>
    public async Task<bool> MayHoldMoneyAsync(Order order)
    {
        if (order.PaymentStatus == PaymentStatus.Authorized)
            return true;

        return order.PaymentStatus == PaymentStatus.Pending && !TamaraOrderReader.IsFinal((await _orderStateService.GetStateAsync(order)).Status);
    }

    /// <summary>
    /// Gets a value indicating whether a closed (cancelled or deleted) order is cancelled at Tamara: always when
    /// nopCommerce never saw it authorised, as the store owner cannot have dealt with it; otherwise as the setting says
    /// </summary>
    /// <param name="order">Order</param>
    /// <param name="settings">Settings of the order's store</param>
    public static bool CancelsClosedOrder(Order order, TamaraSettings settings) =>
        order.PaymentStatus == PaymentStatus.Pending || settings.CancelAtTamaraOnOrderCancelled;

    /// <summary>
    /// Cancels at Tamara what the order no longer needs once all of it is captured: an order edited below the amount
    /// Tamara authorised would otherwise keep the difference open, and Tamara captures it 21 days after authorisation
    /// </summary>
    /// <param name="order">Order</param>
    /// <returns>What became of it; null when another Tamara action held the order's lock (the task comes back to it)</returns>
    public async Task<AfterSaleOutcome?> CancelUnneededRestAsync(Order order)
    {
        //only an authorised order can hold a difference: the others are not worth the lock
        if (order.PaymentStatus != PaymentStatus.Authorized)
            return AfterSaleOutcome.NothingToDo("Tamara: nothing the order no longer needs.");

        return await _orderLock.TryRunAsync(order.Id, () => CancelUnneededRestLockedAsync(order));
    }

    /// <summary>
    /// Cancels at Tamara what the order no longer needs once all of it is captured; the caller holds the order's lock
    /// </summary>
    /// <param name="order">Order</param>
    public async Task<AfterSaleOutcome> CancelUnneededRestLockedAsync(Order order)
    {
        var balance = await _recordService.GetBalanceAsync(order);
        if (order.PaymentStatus != PaymentStatus.Authorized || balance is null || balance.Captured <= 0 || balance.Capturable <= 0
            || (await _recordService.GetPendingActionsAsync(order)).Count > 0)
            return AfterSaleOutcome.NothingToDo("Tamara: nothing the order no longer needs.");

        var captures = (await _recordService.GetCapturesAsync(order)).Select(capture => capture.Amounts).ToList();
        if (CaptureAllocator.Remainder(await _orderReader.GetOrderAmountsAsync(order), captures).Total > 0)
            return AfterSaleOutcome.NothingToDo("Tamara: the order still has something to capture.");

        await _orderStateService.AddNoteAsync(order,
            $"Tamara: everything of this order ({order.OrderTotal:0.###} in the store's currency) is captured, but Tamara still holds {balance.Capturable} {balance.Currency} of the {balance.Total} {balance.Currency} it authorised (the order was edited after placement): the difference is cancelled.");
        var outcome = await _pendingActionQueue.RunOrQueueAsync(order, new PendingAction { Kind = PendingActionKind.Cancel }, () => CancelLockedAsync(order));
        await FollowCancelAsync(order, outcome);

        return outcome;
    }

    /// <summary>
    /// Retries a queued cancel; the caller holds the order's lock
    /// </summary>
    /// <exception cref="TamaraException">Tamara could not be reached or refused</exception>
    public async Task<AfterSaleOutcome> RetryAsync(Order order)
    {
        var outcome = await CancelLockedAsync(order);
        await FollowCancelAsync(order, outcome);

        return outcome;
    }

    #endregion
}
