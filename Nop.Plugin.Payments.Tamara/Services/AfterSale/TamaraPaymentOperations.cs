using Nop.Core.Domain.Payments;
using Nop.Plugin.Payments.Tamara.Services.Orders;
using Nop.Services.Payments;

namespace Nop.Plugin.Payments.Tamara.Services.AfterSale;

/// <summary>
/// The admin's Capture, Refund, Partial refund and Void buttons, answered the way nopCommerce's payment pipeline expects
/// </summary>
public class TamaraPaymentOperations
{
    #region Fields

    private readonly AfterSaleRecordService _recordService;
    private readonly TamaraCancelService _cancelService;
    private readonly TamaraCaptureService _captureService;
    private readonly TamaraRefundService _refundService;

    #endregion

    #region Ctor

    public TamaraPaymentOperations(AfterSaleRecordService recordService,
        TamaraCancelService cancelService,
        TamaraCaptureService captureService,
        TamaraRefundService refundService)
    {
        _recordService = recordService;
        _cancelService = cancelService;
        _captureService = captureService;
        _refundService = refundService;
    }

    #endregion

    #region Methods

    /// <summary>
    /// Captures what remains of the order at Tamara
    /// </summary>
    public async Task<CapturePaymentResult> CaptureAsync(CapturePaymentRequest request)
    {
        var order = request.Order;
        if (!TamaraOrderReader.IsTamaraOrder(order))
            return new CapturePaymentResult { Errors = ["The order has no Tamara order to capture."] };

        var outcome = await _captureService.CaptureRemainderAsync(order);
        var captured = outcome.Kind == AfterSaleOutcomeKind.Done || outcome.Kind == AfterSaleOutcomeKind.NothingToDo && outcome.NothingLeft;
        if (!captured)
            return new CapturePaymentResult { Errors = [outcome.Message] };

        //nopCommerce sets the payment status from the result: Paid only when Tamara holds nothing more to capture
        return new CapturePaymentResult
        {
            NewPaymentStatus = outcome.NothingLeft ? PaymentStatus.Paid : PaymentStatus.Authorized,
            CaptureTransactionId = outcome.TransactionId ?? order.CaptureTransactionId,
            CaptureTransactionResult = outcome.Message
        };
    }

    /// <summary>
    /// Cancels at Tamara what is not captured
    /// </summary>
    public async Task<VoidPaymentResult> VoidAsync(VoidPaymentRequest request)
    {
        var order = request.Order;
        if (!TamaraOrderReader.IsTamaraOrder(order))
            return new VoidPaymentResult { Errors = ["The order has no Tamara order to cancel."] };

        var outcome = await _cancelService.VoidAsync(order);
        //only Tamara's answer voids the payment: a queued cancel, or one that left something open, changes nothing yet
        if (outcome.Kind is AfterSaleOutcomeKind.Queued or AfterSaleOutcomeKind.Refused || outcome.Kind == AfterSaleOutcomeKind.NothingToDo && !outcome.NothingLeft)
            return new VoidPaymentResult { Errors = [outcome.Message] };

        //what was captured stays with Tamara and is paid; with nothing captured the payment is void
        var captured = (await _recordService.GetBalanceAsync(order))?.Captured ?? 0;
        if (outcome.Kind == AfterSaleOutcomeKind.NothingToDo && captured > 0)
            return new VoidPaymentResult { Errors = [outcome.Message] };

        if (captured == 0)
            return new VoidPaymentResult { NewPaymentStatus = PaymentStatus.Voided };

        //paid through nopCommerce's own paid path before nopCommerce writes the answer's status
        await _cancelService.PayCapturedAsync(order, captured);

        return new VoidPaymentResult { NewPaymentStatus = PaymentStatus.Paid };
    }

    /// <summary>
    /// Refunds at Tamara, in full or in part
    /// </summary>
    public async Task<RefundPaymentResult> RefundAsync(RefundPaymentRequest request)
    {
        var order = request.Order;
        if (!TamaraOrderReader.IsTamaraOrder(order))
            return new RefundPaymentResult { Errors = ["The order has no Tamara order to refund."] };

        var outcome = await _refundService.RefundAsync(order, request.AmountToRefund);
        if (outcome.Kind != AfterSaleOutcomeKind.Done)
            return new RefundPaymentResult { Errors = [outcome.Message] };

        return new RefundPaymentResult { NewPaymentStatus = request.IsPartialRefund ? PaymentStatus.PartiallyRefunded : PaymentStatus.Refunded };
    }

    #endregion
}
