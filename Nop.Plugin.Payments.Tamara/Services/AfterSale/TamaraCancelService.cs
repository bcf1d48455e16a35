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
        if (!outcome.Finished)
            return;

        var captured = (await _recordService.GetBalanceAsync(order))?.Captured ?? 0;
        if (captured > 0 && order.PaymentStatus is PaymentStatus.Authorized or PaymentStatus.Voided)
            await PayCapturedAsync(order, captured);
        else if (captured == 0 && order.PaymentStatus == PaymentStatus.Authorized && _orderProcessingService.CanVoidOffline(order))
            await _orderProcessingService.VoidOfflineAsync(order);
    }

    /// <summary>
    /// Records the payment of a cancelled order as Paid: nopCommerce's MarkOrderAsPaidAsync refuses cancelled orders,
    /// and its Refund buttons appear only for a Paid payment, so the captured part could otherwise never be refunded
    /// </summary>
    /// <remarks>
    /// Deliberately without nopCommerce's paid processing: its "order paid" e-mails, OrderPaidEvent and reward points
    /// would tell the shopper a cancelled order is paid, which nopCommerce itself never does
    /// </remarks>
    private async Task RecordPaidAsync(Order order, decimal captured)
    {
        order.PaymentStatus = PaymentStatus.Paid;
        order.PaidDateUtc = DateTime.UtcNow;
        await _orderService.UpdateOrderAsync(order);
        await _orderStateService.AddNoteAsync(order,
            $"Tamara: the payment is recorded as paid because Tamara keeps the {captured} {order.CustomerCurrencyCode} captured; use Refund or Partial refund to give it back.");
    }

    /// <summary>
    /// Authorises an approved Tamara order so that it can be cancelled: Tamara cancels only authorised orders, and an
    /// order left in approved holds the shopper's first instalment until it expires
    /// </summary>
    /// <exception cref="TamaraException">Tamara could not be reached or refused</exception>
    private async Task AuthoriseToCancelAsync(Order order, ITamaraClient client, string tamaraOrderId)
    {
        try
        {
            await client.Orders.AuthoriseAsync(tamaraOrderId);
        }
        catch (TamaraConflictException)
        {
            //already authorised (or no longer approved): the read that follows says which
        }

        await _orderStateService.AddNoteAsync(order,
            $"Tamara approved order {tamaraOrderId}, which this order no longer needs: it is authorised and cancelled at once, so the shopper's first instalment is released.");
    }

    private async Task<AfterSaleOutcome> RunAsync(Order order, AdminAction adminAction)
    {
        var fromAdmin = adminAction == AdminAction.VoidOnline;
        var action = new PendingAction { Kind = PendingActionKind.Cancel, UpdateOrderOnSuccess = fromAdmin };
        var outcome = await _orderLock.TryRunAsync(order.Id, async () =>
        {
            if (await HasQueuedCancelAsync(order))
                return AfterSaleOutcome.Queued("A Tamara cancel of this order is queued and will be retried automatically; only Tamara's answer changes the payment.");

            var result = await _pendingActionQueue.RunOrQueueAsync(order, action, () => CancelLockedAsync(order, adminAction));
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
    /// Gets a value indicating whether Tamara may hold authorised money for the order: the payment is Authorized, marked
    /// Paid by hand (or refunded since) while Tamara is not known to hold nothing open, or still Pending in nopCommerce while Tamara's last
    /// known status is not final (an approval or authorisation may have happened without the store hearing of it)
    /// </summary>
    private async Task<bool> MayHoldMoneyAsync(Order order)
    {
        if (order.PaymentStatus == PaymentStatus.Authorized)
            return true;

        //marked as paid by hand (then perhaps refunded offline): Tamara may still hold authorised what it never captured
        if (order.PaymentStatus is PaymentStatus.Paid or PaymentStatus.PartiallyRefunded or PaymentStatus.Refunded)
            return !await _recordService.IsSettledAtTamaraAsync(order);

        return order.PaymentStatus == PaymentStatus.Pending && !TamaraOrderReader.IsFinal((await _orderStateService.GetStateAsync(order)).Status);
    }

    private async Task<bool> HasQueuedCancelAsync(Order order) =>
        (await _recordService.GetPendingActionsAsync(order)).Any(pending => pending.Kind == PendingActionKind.Cancel && pending.TamaraOrderId is null);

    /// <summary>
    /// Releases at Tamara an earlier checkout session of the order, one the store does not act on: authorised (when
    /// approved) and cancelled whole, never captured; the caller holds the order's lock
    /// </summary>
    /// <exception cref="TamaraException">Tamara could not be reached or refused</exception>
    private async Task<AfterSaleOutcome> ReleaseSessionLockedAsync(Order order, string tamaraOrderId, bool authorised = false)
    {
        var client = await _orderReader.GetClientAsync(order);
        var details = await client.Orders.GetAsync(tamaraOrderId);
        var reaction = AdminActionModel.DecideAfterReading(AdminAction.SyncNowClosedOrder, details.Status).Reaction;
        if (reaction == TamaraReaction.AuthoriseThenCancel)
        {
            if (authorised)
                throw new TamaraRetryLaterException($"Tamara order {tamaraOrderId} still reads approved after its authorisation");

            await AuthoriseToCancelAsync(order, client, tamaraOrderId);
            return await ReleaseSessionLockedAsync(order, tamaraOrderId, true);
        }

        var open = (details.TotalAmount?.Amount ?? 0) - (details.CapturedAmount?.Amount ?? 0) - (details.CanceledAmount?.Amount ?? 0);
        if (reaction != TamaraReaction.Cancel || open <= 0)
            return AfterSaleOutcome.NothingToDo($"Tamara: nothing to release on Tamara order {tamaraOrderId} ({details.Status}).", true);

        var amount = new Money(open, details.TotalAmount?.Currency ?? order.CustomerCurrencyCode);
        var response = await client.Orders.CancelAsync(tamaraOrderId, new CancelOrderRequest { TotalAmount = amount });
        var note = $"Tamara: cancelled {amount.Amount} {amount.Currency} of Tamara order {tamaraOrderId} (cancel id {response.CancelId}), an earlier checkout session this order does not act on (Tamara order {order.AuthorizationTransactionId} is); it is never captured.";
        await _orderStateService.AddNoteAsync(order, note);

        return AfterSaleOutcome.Done(note, response.CancelId, true);
    }

    /// <summary>
    /// Cancels what is not captured, as the admin-action model says for what Tamara reports; the caller holds the order's lock
    /// </summary>
    /// <param name="order">Order</param>
    /// <param name="adminAction">What the store owner did</param>
    /// <param name="afterConflict">Whether an earlier attempt of this cancel met a 409</param>
    /// <param name="authorised">Whether this cancel has just authorised the approved order</param>
    /// <exception cref="TamaraException">Tamara could not be reached or refused; TamaraRetryLaterException after a second 409</exception>
    private async Task<AfterSaleOutcome> CancelLockedAsync(Order order, AdminAction adminAction, bool afterConflict = false, bool authorised = false)
    {
        var (details, balance) = await _orderReader.ReadAsync(order);
        var rule = AdminActionModel.DecideAfterReading(adminAction, details.Status);
        var reaction = rule.Reaction;
        if (reaction == TamaraReaction.AuthoriseThenCancel)
        {
            if (authorised)
                throw new TamaraRetryLaterException($"Tamara order {order.AuthorizationTransactionId} still reads approved after its authorisation");

            await AuthoriseToCancelAsync(order, await _orderReader.GetClientAsync(order), order.AuthorizationTransactionId);
            return await CancelLockedAsync(order, adminAction, afterConflict, true);
        }

        if (reaction != TamaraReaction.Cancel || balance.Capturable <= 0)
        {
            var message = balance.Captured > balance.Refunded
                ? $"Tamara: nothing left to cancel; {balance.Captured - balance.Refunded} {balance.Currency} is captured (Tamara reports {details.Status}). Refund it if the customer must get it back."
                : $"Tamara: nothing to cancel; Tamara reports {details.Status}.";
            await _orderStateService.AddNoteAsync(order, message);

            //a button that is refused answers in the store owner's words
            return AfterSaleOutcome.NothingToDo(reaction == TamaraReaction.Refuse ? rule.Message : message,
                balance.Capturable <= 0 || TamaraOrderReader.IsFinal(details.Status));
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
            return await CancelLockedAsync(order, adminAction, true, authorised);
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
    public Task<AfterSaleOutcome> VoidAsync(Order order) => RunAsync(order, AdminAction.VoidOnline);

    /// <summary>
    /// Cancels what Tamara still holds open because the nopCommerce order was cancelled or deleted: an approval is
    /// authorised and cancelled at once; with nothing open, a note says what Tamara keeps
    /// </summary>
    /// <param name="order">Order</param>
    /// <param name="adminAction">Cancel order or delete</param>
    /// <param name="settings">Settings of the order's store</param>
    public async Task<AfterSaleOutcome> CancelClosedOrderAsync(Order order, AdminAction adminAction, TamaraSettings settings)
    {
        var mayHoldMoney = await MayHoldMoneyAsync(order);
        if (mayHoldMoney && !CancelsClosedOrder(order, settings))
        {
            var kept = "Tamara: the order is not cancelled at Tamara (Cancel at Tamara when the order is cancelled is off): Tamara captures what it holds 21 days after authorisation unless you void it.";
            await _orderStateService.AddNoteAsync(order, kept);
            return AfterSaleOutcome.NothingToDo(kept, true);
        }

        if (!mayHoldMoney)
        {
            var rule = AdminActionModel.Decide(adminAction, (await _orderStateService.GetStateAsync(order)).Status);
            if (rule.Reaction == TamaraReaction.Note)
                await _orderStateService.AddNoteAsync(order, $"Tamara: {rule.Message}");

            return AfterSaleOutcome.NothingToDo(rule.Message, true);
        }

        return await RunAsync(order, adminAction);
    }

    /// <summary>
    /// Cancels what Tamara still holds open on an order whose payment was voided in nopCommerce (Void (offline)); the
    /// plugin's own voids, made once Tamara holds nothing open, change nothing (decided from what the order records)
    /// </summary>
    /// <param name="order">Order</param>
    public async Task<AfterSaleOutcome> CancelVoidedOrderAsync(Order order)
    {
        var status = (await _orderStateService.GetStateAsync(order)).Status;
        var balance = await _recordService.GetBalanceAsync(order);
        var nothingOpen = balance is { Total: > 0, Capturable: <= 0, Captured: 0 };
        if (order.PaymentStatus != PaymentStatus.Voided || nothingOpen || await HasQueuedCancelAsync(order)
            || AdminActionModel.Decide(AdminAction.VoidOffline, status).Reaction == TamaraReaction.Nothing)
            return AfterSaleOutcome.NothingToDo("Tamara: nothing open to cancel.", true);

        return await RunAsync(order, AdminAction.VoidOffline);
    }

    /// <summary>
    /// Cancels what Tamara holds open on an order closed in nopCommerce (cancelled, voided) that a synchronisation found
    /// approved or authorised; the caller holds the order's lock
    /// </summary>
    /// <param name="order">Order</param>
    public async Task<AfterSaleOutcome> CancelClosedOrderLockedAsync(Order order)
    {
        var outcome = await _pendingActionQueue.RunOrQueueAsync(order, new PendingAction { Kind = PendingActionKind.Cancel },
            () => CancelLockedAsync(order, AdminAction.SyncNowClosedOrder));
        await FollowCancelAsync(order, outcome);

        return outcome;
    }

    /// <summary>
    /// Releases an earlier checkout session of the order that Tamara approved (or authorised) while another session is
    /// the one acted on: authorised and cancelled, never captured; queued when Tamara cannot be reached. The caller
    /// holds the order's lock.
    /// </summary>
    /// <param name="order">Order</param>
    /// <param name="tamaraOrderId">Tamara order of the earlier session</param>
    public Task<AfterSaleOutcome> ReleaseEarlierSessionLockedAsync(Order order, string tamaraOrderId) =>
        _pendingActionQueue.RunOrQueueAsync(order, new PendingAction { Kind = PendingActionKind.Cancel, TamaraOrderId = tamaraOrderId },
            () => ReleaseSessionLockedAsync(order, tamaraOrderId));

    /// <summary>
    /// Makes the payment Paid because Tamara keeps captured money and holds nothing open: through nopCommerce's paid path
    /// (MarkOrderAsPaidAsync: OrderPaidEvent, the paid e-mails, reward points) wherever nopCommerce allows it
    /// </summary>
    /// <param name="order">Order</param>
    /// <param name="captured">What Tamara keeps captured, in the customer's currency</param>
    public async Task PayCapturedAsync(Order order, decimal captured)
    {
        if (order.PaymentStatus == PaymentStatus.Voided && order.OrderStatus != OrderStatus.Cancelled)
        {
            //Void (offline) of a partly captured order: Tamara keeps the captured part, so the payment was never void;
            //it goes back to Authorized (what Tamara still said) for nopCommerce's own paid path to follow
            order.PaymentStatus = PaymentStatus.Authorized;
            await _orderService.UpdateOrderAsync(order);
            await _orderStateService.AddNoteAsync(order,
                $"Tamara: the payment cannot be void because Tamara keeps the {captured} {order.CustomerCurrencyCode} captured: the rest is cancelled and the order is paid; use Refund or Partial refund to give it back.");
        }

        if (_orderProcessingService.CanMarkOrderAsPaid(order))
            await _orderProcessingService.MarkOrderAsPaidAsync(order);
        else if (order.PaymentStatus != PaymentStatus.Paid)
            await RecordPaidAsync(order, captured);
    }

    /// <summary>
    /// Gets a value indicating whether a closed (cancelled, voided or deleted) order is cancelled at Tamara: always when
    /// nopCommerce never saw it authorised, as the store owner cannot have dealt with it, or when its payment was voided;
    /// otherwise as the setting says
    /// </summary>
    /// <param name="order">Order</param>
    /// <param name="settings">Settings of the order's store</param>
    public static bool CancelsClosedOrder(Order order, TamaraSettings settings) =>
        order.PaymentStatus is PaymentStatus.Pending or PaymentStatus.Voided || settings.CancelAtTamaraOnOrderCancelled;

    /// <summary>
    /// Gets a value indicating whether the store no longer wants Tamara's money for the order: cancelled, voided or deleted
    /// </summary>
    /// <param name="order">Order</param>
    public static bool IsClosed(Order order) =>
        order.OrderStatus == OrderStatus.Cancelled || order.PaymentStatus == PaymentStatus.Voided || order.Deleted;

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
        var outcome = await _pendingActionQueue.RunOrQueueAsync(order, new PendingAction { Kind = PendingActionKind.Cancel }, () => CancelLockedAsync(order, AdminAction.CancelOrder));
        await FollowCancelAsync(order, outcome);

        return outcome;
    }

    /// <summary>
    /// Retries a queued cancel; the caller holds the order's lock
    /// </summary>
    /// <exception cref="TamaraException">Tamara could not be reached or refused</exception>
    public async Task<AfterSaleOutcome> RetryAsync(Order order, PendingAction action)
    {
        if (action.TamaraOrderId is not null)
            return await ReleaseSessionLockedAsync(order, action.TamaraOrderId);

        var outcome = await CancelLockedAsync(order, AdminAction.CancelOrder);
        await FollowCancelAsync(order, outcome);

        return outcome;
    }

    #endregion
}
