using Nop.Core.Domain.Orders;
using Nop.Plugin.Payments.Tamara.Api;
using Nop.Plugin.Payments.Tamara.Api.Models;
using Nop.Plugin.Payments.Tamara.Domain;
using Nop.Plugin.Payments.Tamara.Services.Orders;
using Nop.Plugin.Payments.Tamara.Services.Retries;

namespace Nop.Plugin.Payments.Tamara.Services.AfterSale;

/// <summary>
/// Refunds at Tamara through the simplified refund: exactly the amount of each nopCommerce refund, never more than
/// captured minus refunded, never an amount that means "all", and never twice
/// </summary>
/// <remarks>
/// Every refund is recorded on the order with the part of nopCommerce's refunded amount it settles. nopCommerce publishes
/// OrderRefundedEvent after an online refund too: the refunded amount not settled by a record is what was entered
/// offline, so an online refund is never sent a second time. A refund kept out of Tamara (by the setting, or refused) is
/// recorded as such and never sent later.
/// </remarks>
public class TamaraRefundService
{
    #region Fields

    private readonly AfterSaleRecordService _recordService;
    private readonly PendingActionQueue _pendingActionQueue;
    private readonly TamaraOrderLock _orderLock;
    private readonly TamaraOrderReader _orderReader;
    private readonly TamaraOrderStateService _orderStateService;
    private readonly TamaraOrderSynchronizer _synchronizer;

    #endregion

    #region Ctor

    public TamaraRefundService(AfterSaleRecordService recordService,
        PendingActionQueue pendingActionQueue,
        TamaraOrderLock orderLock,
        TamaraOrderReader orderReader,
        TamaraOrderStateService orderStateService,
        TamaraOrderSynchronizer synchronizer)
    {
        _recordService = recordService;
        _pendingActionQueue = pendingActionQueue;
        _orderLock = orderLock;
        _orderReader = orderReader;
        _orderStateService = orderStateService;
        _synchronizer = synchronizer;
    }

    #endregion

    #region Utilities

    /// <summary>
    /// Gets the part of nopCommerce's refunded amount that nothing settles yet: not a refund record, and not a queued
    /// refund entered offline (nopCommerce recorded it; it waits for Tamara). A queued online refund settles nothing:
    /// nopCommerce has not recorded it.
    /// </summary>
    private async Task<decimal> GetUnsettledAsync(Order order)
    {
        var settled = (await _recordService.GetRefundsAsync(order)).Sum(refund => refund.StoreAmount) +
            (await _recordService.GetPendingActionsAsync(order)).Where(pending => pending.Kind == PendingActionKind.Refund && pending.Offline).Sum(pending => pending.StoreAmount);

        return order.RefundedAmount - settled;
    }

    /// <summary>
    /// Gets the customer-currency amount of a refund of <paramref name="storeAmount"/> that brings nopCommerce's refunded
    /// total to <paramref name="refundedAfter"/>: the difference of the converted totals, so that refunds converted one by
    /// one add up to the converted order total, to the last minor unit
    /// </summary>
    private static decimal ToCustomerCurrency(Order order, decimal refundedAfter, decimal storeAmount) =>
        TamaraAmountCalculator.ToCustomerCurrency(order, refundedAfter) - TamaraAmountCalculator.ToCustomerCurrency(order, refundedAfter - storeAmount);

    /// <summary>
    /// Gets the merchant_refund_id of the refund that brings nopCommerce's refunded total to an amount: two nodes handling
    /// the same refund name it alike, so Tamara's own transactions show whether it was already sent
    /// </summary>
    private static string RefundId(Order order, bool offline, decimal refundedAfter) =>
        FormattableString.Invariant($"{order.OrderGuid:N}-{(offline ? "offline" : "online")}-{refundedAfter:0.####}");

    private static PendingAction NewRefund(Order order, decimal storeAmount, decimal refundedAfter, bool offline)
    {
        return new PendingAction
        {
            Id = RefundId(order, offline, refundedAfter),
            Kind = PendingActionKind.Refund,
            Amount = ToCustomerCurrency(order, refundedAfter, storeAmount),
            StoreAmount = storeAmount,
            Comment = $"Refund for order {order.CustomOrderNumber}{(offline ? " (entered offline)" : string.Empty)}",
            Offline = offline,
            UpdateOrderOnSuccess = !offline
        };
    }

    private async Task<AfterSaleOutcome> RecordAsync(Order order, PendingAction action, string? refundId, decimal amount, string currency)
    {
        await _recordService.AddRefundAsync(order, new RefundRecord
        {
            MerchantRefundId = action.Id,
            RefundId = refundId,
            Amount = amount,
            StoreAmount = action.StoreAmount,
            Offline = action.Offline,
            SentToTamara = true,
            RefundedOnUtc = DateTime.UtcNow
        });

        var note = $"Tamara: refunded {amount} {currency}{(action.Offline ? " entered offline" : string.Empty)} (refund id {refundId}, merchant refund id {action.Id}).";
        if (amount != action.Amount)
            note += $" {action.Amount} {currency} was asked; Tamara could refund only {amount} {currency}: pay the rest back another way.";
        await _orderStateService.AddNoteAsync(order, note);

        return AfterSaleOutcome.Done(note, refundId ?? action.Id, false);
    }

    /// <summary>
    /// Keeps an offline refund in nopCommerce only, so that it is never sent later
    /// </summary>
    private async Task KeepOfflineRefundAsync(Order order, decimal storeAmount, string reason)
    {
        await _recordService.AddRefundAsync(order, new RefundRecord
        {
            //never sent to Tamara: any unique id
            MerchantRefundId = Guid.NewGuid().ToString(),
            StoreAmount = storeAmount,
            Offline = true,
            SentToTamara = false,
            RefundedOnUtc = DateTime.UtcNow
        });
        await _orderStateService.AddNoteAsync(order, $"Tamara: the refund of {storeAmount} entered offline was not sent to Tamara ({reason}).");
    }

    /// <summary>
    /// Gets a refund Tamara already made under the action's merchant_refund_id, and whether the order records it
    /// </summary>
    private async Task<(RefundTransaction? Made, bool Recorded)> FindMadeAsync(Order order, OrderDetails details, PendingAction action)
    {
        var made = details.Transactions.Refunds.FirstOrDefault(refund => refund.MerchantRefundId == action.Id);
        var recorded = made is not null && (await _recordService.GetRefundsAsync(order)).Any(refund => refund.MerchantRefundId == action.Id);

        return (made, recorded);
    }

    private async Task<SimplifiedRefundResponse> SendAsync(Order order, PendingAction action, decimal amount)
    {
        var request = new SimplifiedRefundRequest
        {
            TotalAmount = new Money(amount, order.CustomerCurrencyCode),
            Comment = action.Comment ?? $"Refund for order {order.CustomOrderNumber}",
            MerchantRefundId = action.Id
        };

        return await (await _orderReader.GetClientAsync(order)).Payments.SimplifiedRefundAsync(order.AuthorizationTransactionId, request);
    }

    /// <summary>
    /// Gets the amount to send: the action's, capped by what Tamara can still refund for a refund nopCommerce already
    /// recorded (offline); null when it cannot be sent
    /// </summary>
    private static decimal? AmountToSend(PendingAction action, TamaraBalance balance) =>
        balance.Refundable <= 0 ? null
        : action.Amount <= balance.Refundable ? action.Amount
        : action.Offline ? balance.Refundable
        : null;

    #endregion

    #region Methods

    /// <summary>
    /// Refunds at Tamara (the admin's Refund and Partial refund buttons)
    /// </summary>
    /// <param name="order">Order, with nopCommerce's refunded amount before this refund</param>
    /// <param name="amountToRefund">Amount in the primary store currency, as nopCommerce gives it</param>
    public async Task<AfterSaleOutcome> RefundAsync(Order order, decimal amountToRefund)
    {
        await _synchronizer.AuthoriseMissedApprovalAsync(order, TamaraSyncTrigger.Refund);
        var action = NewRefund(order, amountToRefund, order.RefundedAmount + amountToRefund, false);

        return await _orderLock.TryRunAsync(order.Id, async () =>
            (await _recordService.GetPendingActionsAsync(order)).FirstOrDefault(pending => pending.Kind == PendingActionKind.Refund) is PendingAction queued
                ? AfterSaleOutcome.Refused($"A Tamara refund of {queued.StoreAmount} is queued and will be retried automatically. Wait for it before refunding again.")
                : await _pendingActionQueue.RunOrQueueAsync(order, action, () => RefundLockedAsync(order, action, false)))
            ?? AfterSaleOutcome.Busy;
    }

    /// <summary>
    /// Sends to Tamara a refund entered offline in nopCommerce (OrderRefundedEvent); does nothing after an online refund
    /// </summary>
    /// <param name="order">Order, with nopCommerce's refunded amount already updated</param>
    /// <param name="sendToTamara">Whether offline refunds are sent to Tamara (setting)</param>
    public async Task HandleRefundedOrderAsync(Order order, bool sendToTamara)
    {
        //the usual case, right after an online refund: settled already, no lock needed
        if (await GetUnsettledAsync(order) <= 0)
            return;
        if (sendToTamara)
            await _synchronizer.AuthoriseMissedApprovalAsync(order, TamaraSyncTrigger.Refund);

        var ran = await _orderLock.TryRunAsync(order.Id, async () =>
        {
            var unsettled = await GetUnsettledAsync(order);
            if (unsettled <= 0)
                return;

            if (!sendToTamara)
            {
                await KeepOfflineRefundAsync(order, unsettled, "offline refunds are not sent to Tamara by the settings");
                return;
            }

            var action = NewRefund(order, unsettled, order.RefundedAmount, true);
            var outcome = await _pendingActionQueue.RunOrQueueAsync(order, action, () => RefundLockedAsync(order, action, false));
            if (outcome.Kind == AfterSaleOutcomeKind.Refused)
                await KeepOfflineRefundAsync(order, unsettled, "Tamara refused it");
        });

        if (!ran)
            await _pendingActionQueue.QueueWhileBusyAsync(order, NewRefund(order, await GetUnsettledAsync(order), order.RefundedAmount, true));
    }

    /// <summary>
    /// Keeps an offline refund that Tamara refused for good in nopCommerce only
    /// </summary>
    public Task GiveUpOfflineRefundAsync(Order order, PendingAction action) =>
        KeepOfflineRefundAsync(order, action.StoreAmount, "Tamara refused it");

    /// <summary>
    /// Refunds at Tamara; the caller holds the order's lock
    /// </summary>
    /// <param name="order">Order</param>
    /// <param name="action">The refund (its identifier is the merchant_refund_id)</param>
    /// <param name="retried">Whether this is the retry of a queued refund, whose answer may have been lost</param>
    /// <exception cref="TamaraException">Tamara could not be reached or refused</exception>
    public async Task<AfterSaleOutcome> RefundLockedAsync(Order order, PendingAction action, bool retried)
    {
        var (details, balance) = await _orderReader.ReadAsync(order);

        //sent already: by this refund before its answer was lost (record it), or by another node racing this one
        var (made, recorded) = await FindMadeAsync(order, details, action);
        if (made is not null)
        {
            return retried && !recorded
                ? await RecordAsync(order, action, made.RefundId, made.TotalAmount?.Amount ?? action.Amount, balance.Currency)
                : AfterSaleOutcome.NothingToDo($"Tamara already has this refund (merchant refund id {action.Id}); it is not sent again.");
        }

        //a refund smaller than the customer currency's minor unit moves nothing at Tamara, but it is settled all the same
        if (action.Amount == 0)
            return await RecordAsync(order, action, null, 0, balance.Currency);

        if (AmountToSend(action, balance) is not decimal amount)
            return AfterSaleOutcome.Refused($"Tamara can refund at most {balance.Refundable} {balance.Currency} ({balance.Captured} captured, {balance.Refunded} refunded; Tamara reports {details.Status}), not {action.Amount} {balance.Currency}.");

        SimplifiedRefundResponse response;
        try
        {
            response = await SendAsync(order, action, amount);
        }
        catch (TamaraConflictException conflict)
        {
            //read again: Tamara may have made it; otherwise send what is still needed once more, and queue it if Tamara is still busy
            var (after, afterBalance) = await _orderReader.ReadAsync(order);
            if ((await FindMadeAsync(order, after, action)).Made is RefundTransaction madeMeanwhile)
                return await RecordAsync(order, action, madeMeanwhile.RefundId, madeMeanwhile.TotalAmount?.Amount ?? amount, afterBalance.Currency);

            if (AmountToSend(action, afterBalance) is not decimal stillNeeded)
                return AfterSaleOutcome.Refused($"Tamara did not refund ({TamaraFailure.Describe(conflict)}); Tamara reports {after.Status} with {afterBalance.Refundable} {afterBalance.Currency} refundable.");

            //a second 409 goes to the queue, like any conflict
            response = await SendAsync(order, action, stillNeeded);
            balance = afterBalance;
            amount = stillNeeded;
        }

        var refunded = response.RefundedAmount?.Amount ?? amount;
        balance.Refunded += refunded;
        await _recordService.SaveBalanceAsync(order, balance);
        await _orderStateService.SaveStatusAsync(order, response.Status);

        return await RecordAsync(order, action, response.RefundId, refunded, order.CustomerCurrencyCode);
    }

    #endregion
}
