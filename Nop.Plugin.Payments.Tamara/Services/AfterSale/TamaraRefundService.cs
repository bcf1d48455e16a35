using Nop.Core.Domain.Orders;
using Nop.Plugin.Payments.Tamara.Api;
using Nop.Plugin.Payments.Tamara.Api.Models;
using Nop.Plugin.Payments.Tamara.Domain;
using Nop.Plugin.Payments.Tamara.Services.Orders;
using Nop.Plugin.Payments.Tamara.Services.Retries;

namespace Nop.Plugin.Payments.Tamara.Services.AfterSale;

/// <summary>
/// Refunds at Tamara through the simplified refund, never more than captured minus refunded, and never twice
/// </summary>
/// <remarks>
/// Every refund is recorded on the order with the part of nopCommerce's refunded amount it settles. nopCommerce publishes
/// OrderRefundedEvent after an online refund too: the refunded amount not settled by a record is what was entered
/// offline, so an online refund is never sent a second time.
/// </remarks>
public class TamaraRefundService
{
    #region Fields

    private readonly AfterSaleRecordService _recordService;
    private readonly PendingActionQueue _pendingActionQueue;
    private readonly TamaraOrderLock _orderLock;
    private readonly TamaraOrderReader _orderReader;
    private readonly TamaraOrderStateService _orderStateService;

    #endregion

    #region Ctor

    public TamaraRefundService(AfterSaleRecordService recordService,
        PendingActionQueue pendingActionQueue,
        TamaraOrderLock orderLock,
        TamaraOrderReader orderReader,
        TamaraOrderStateService orderStateService)
    {
        _recordService = recordService;
        _pendingActionQueue = pendingActionQueue;
        _orderLock = orderLock;
        _orderReader = orderReader;
        _orderStateService = orderStateService;
    }

    #endregion

    #region Utilities

    /// <summary>
    /// Gets the part of nopCommerce's refunded amount that no refund record or queued refund settles
    /// </summary>
    private async Task<decimal> GetUnsettledAsync(Order order)
    {
        var settled = (await _recordService.GetRefundsAsync(order)).Sum(refund => refund.StoreAmount) +
            (await _recordService.GetPendingActionsAsync(order)).Where(pending => pending.Kind == PendingActionKind.Refund).Sum(pending => pending.StoreAmount);

        return order.RefundedAmount - settled;
    }

    /// <summary>
    /// Gets the refund to send for an amount entered offline: a full refund leaves Tamara to refund all it can
    /// </summary>
    private static PendingAction NewOfflineRefund(Order order, decimal unsettled)
    {
        return new PendingAction
        {
            Id = Guid.NewGuid().ToString(),
            Kind = PendingActionKind.Refund,
            Amount = order.RefundedAmount >= order.OrderTotal ? 0 : TamaraAmountCalculator.ToCustomerCurrency(order, unsettled),
            StoreAmount = unsettled,
            Comment = $"Refund for order {order.CustomOrderNumber} (entered offline)",
            Offline = true
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
            MerchantRefundId = Guid.NewGuid().ToString(),
            StoreAmount = storeAmount,
            Offline = true,
            SentToTamara = false,
            RefundedOnUtc = DateTime.UtcNow
        });
        await _orderStateService.AddNoteAsync(order, $"Tamara: the refund of {storeAmount} entered offline was not sent to Tamara ({reason}).");
    }

    #endregion

    #region Methods

    /// <summary>
    /// Refunds at Tamara (the admin's Refund and Partial refund buttons)
    /// </summary>
    /// <param name="order">Order</param>
    /// <param name="amountToRefund">Amount in the primary store currency, as nopCommerce gives it</param>
    /// <param name="isPartialRefund">False refunds everything Tamara can still refund</param>
    public async Task<AfterSaleOutcome> RefundAsync(Order order, decimal amountToRefund, bool isPartialRefund)
    {
        //converted and rounded parts need not add up to the converted total: the refund that completes the order takes what Tamara holds
        var completesOrder = !isPartialRefund || order.RefundedAmount + amountToRefund >= order.OrderTotal;
        var action = new PendingAction
        {
            Id = Guid.NewGuid().ToString(),
            Kind = PendingActionKind.Refund,
            Amount = completesOrder ? 0 : TamaraAmountCalculator.ToCustomerCurrency(order, amountToRefund),
            StoreAmount = amountToRefund,
            Comment = $"Refund for order {order.CustomOrderNumber}",
            UpdateOrderOnSuccess = true
        };

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

            var action = NewOfflineRefund(order, unsettled);
            var outcome = await _pendingActionQueue.RunOrQueueAsync(order, action, () => RefundLockedAsync(order, action, false));
            if (outcome.Kind == AfterSaleOutcomeKind.Refused)
                await KeepOfflineRefundAsync(order, unsettled, "Tamara refused it");
        });

        if (!ran)
            await _pendingActionQueue.QueueWhileBusyAsync(order, NewOfflineRefund(order, await GetUnsettledAsync(order)));
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
    /// <param name="retried">Whether the refund may already have reached Tamara</param>
    /// <exception cref="TamaraException">Tamara could not be reached or refused</exception>
    public async Task<AfterSaleOutcome> RefundLockedAsync(Order order, PendingAction action, bool retried)
    {
        var (details, balance) = await _orderReader.ReadAsync(order);

        //a refund that timed out may have reached Tamara: Tamara echoes the merchant_refund_id
        if (retried && details.Transactions.Refunds.FirstOrDefault(refund => refund.MerchantRefundId == action.Id) is RefundTransaction done)
            return await RecordAsync(order, action, done.RefundId, done.TotalAmount?.Amount ?? action.Amount, balance.Currency);

        if (balance.Refundable <= 0)
            return AfterSaleOutcome.Refused($"Tamara has nothing to refund: {balance.Captured} {balance.Currency} captured, {balance.Refunded} refunded (Tamara reports {details.Status}).");

        var amount = action.Amount <= 0 ? balance.Refundable : action.Amount;
        if (amount > balance.Refundable)
        {
            if (!action.Offline)
                return AfterSaleOutcome.Refused($"Tamara can refund at most {balance.Refundable} {balance.Currency} ({balance.Captured} captured, {balance.Refunded} refunded).");

            amount = balance.Refundable;
        }

        var request = new SimplifiedRefundRequest
        {
            TotalAmount = new Money(amount, order.CustomerCurrencyCode),
            Comment = action.Comment ?? $"Refund for order {order.CustomOrderNumber}",
            MerchantRefundId = action.Id
        };

        SimplifiedRefundResponse response;
        try
        {
            response = await (await _orderReader.GetClientAsync(order)).Payments.SimplifiedRefundAsync(order.AuthorizationTransactionId, request);
        }
        catch (TamaraConflictException conflict)
        {
            var (after, _) = await _orderReader.ReadAsync(order);
            if (after.Transactions.Refunds.FirstOrDefault(refund => refund.MerchantRefundId == action.Id) is RefundTransaction made)
                return await RecordAsync(order, action, made.RefundId, made.TotalAmount?.Amount ?? amount, balance.Currency);

            return AfterSaleOutcome.Refused($"Tamara did not refund ({TamaraFailure.Describe(conflict)}); Tamara reports {after.Status}.");
        }

        var refunded = response.RefundedAmount?.Amount ?? amount;
        balance.Refunded += refunded;
        await _recordService.SaveBalanceAsync(order, balance);
        await _orderStateService.SaveStatusAsync(order, response.Status);

        return await RecordAsync(order, action, response.RefundId, refunded, request.TotalAmount.Currency);
    }

    #endregion
}
