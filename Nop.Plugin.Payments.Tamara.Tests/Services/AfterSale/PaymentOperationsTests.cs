using Moq;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Payments.Tamara.Api.Models;
using Nop.Plugin.Payments.Tamara.Services.AfterSale;
using Nop.Plugin.Payments.Tamara.Tests.Support.AfterSale;
using Nop.Services.Payments;
using NUnit.Framework;

namespace Nop.Plugin.Payments.Tamara.Tests.Services.AfterSale;

/// <summary>
/// The admin's Capture, Void, Refund and Partial refund buttons, with nopCommerce's order processing played by the test
/// </summary>
public class PaymentOperationsTests : AfterSaleFixture
{
    public PaymentOperationsTests(BackendKind kind) : base(kind)
    {
    }

    /// <summary>
    /// What nopCommerce's OrderProcessingService does around IPaymentMethod.RefundAsync
    /// </summary>
    private static async Task<RefundPaymentResult> RefundButtonAsync(AfterSaleHarness harness, decimal amount, bool partial)
    {
        var result = await harness.PaymentOperations.RefundAsync(new RefundPaymentRequest { Order = harness.Order, AmountToRefund = amount, IsPartialRefund = partial });
        if (result.Success)
            await harness.RefundInNopCommerceAsync(harness.Order, amount);
        return result;
    }

    [Test]
    public async Task Capture_button_captures_the_whole_order_and_answers_paid()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Kwd());

        var result = await harness.PaymentOperations.CaptureAsync(new CapturePaymentRequest { Order = harness.Order });

        var tamara = await harness.TamaraAsync();
        Assert.Multiple(() =>
        {
            Assert.That(result.Success, Is.True, string.Join("; ", result.Errors));
            Assert.That(result.NewPaymentStatus, Is.EqualTo(PaymentStatus.Paid));
            Assert.That(result.CaptureTransactionId, Is.EqualTo(tamara.Transactions.Captures.Single().CaptureId));
            Assert.That(tamara.CapturedAmount!.Amount, Is.EqualTo(15.375m));
        });
    }

    [Test]
    public async Task Capture_button_reports_a_queued_capture_as_an_error_so_nopCommerce_keeps_the_order_authorised()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Sar());
        Backend.Unreachable(TamaraOperation.Capture);

        var result = await harness.PaymentOperations.CaptureAsync(new CapturePaymentRequest { Order = harness.Order });

        Assert.That(result.Success, Is.False);
        Assert.That(result.Errors.Single(), Does.Contain("retried automatically"));
        Assert.That(await harness.Records.GetPendingActionsAsync(harness.Order), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Void_button_before_capture_answers_voided()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Sar());

        var result = await harness.PaymentOperations.VoidAsync(new VoidPaymentRequest { Order = harness.Order });

        Assert.That(result.Success, Is.True, string.Join("; ", result.Errors));
        Assert.That(result.NewPaymentStatus, Is.EqualTo(PaymentStatus.Voided));
        Assert.That((await harness.TamaraAsync()).Status, Is.EqualTo(TamaraOrderStatus.Canceled));
    }

    [Test]
    public async Task Void_button_after_a_partial_capture_cancels_the_rest_and_answers_paid()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Sar());
        await harness.ShipmentSentAsync(harness.Test.Ship(1, 0));

        var result = await harness.PaymentOperations.VoidAsync(new VoidPaymentRequest { Order = harness.Order });

        Assert.That(result.Success, Is.True, string.Join("; ", result.Errors));
        Assert.That(result.NewPaymentStatus, Is.EqualTo(PaymentStatus.Paid));
    }

    [Test]
    public async Task Void_button_after_a_partial_capture_pays_the_order_through_nopCommerce_s_paid_path()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Sar());
        await harness.ShipmentSentAsync(harness.Test.Ship(1, 0));

        await harness.VoidInNopCommerceAsync();

        //OrderPaidEvent, the paid e-mails and reward points come only from MarkOrderAsPaidAsync
        harness.OrderProcessing.Verify(service => service.MarkOrderAsPaidAsync(harness.Order), Times.Once);
        Assert.That(harness.Order.PaymentStatus, Is.EqualTo(PaymentStatus.Paid));
    }

    [Test]
    public async Task Void_button_on_an_order_Tamara_captured_whole_is_refused_in_the_store_owner_s_words()
    {
        var harness = await PaidOrderAsync(Backend);
        //nopCommerce offers Void only for an Authorized payment: one whose capture nopCommerce has not heard of yet
        harness.Order.PaymentStatus = PaymentStatus.Authorized;

        var result = await harness.PaymentOperations.VoidAsync(new VoidPaymentRequest { Order = harness.Order });

        Assert.That(result.Success, Is.False);
        Assert.That(result.Errors.Single(), Is.EqualTo(AdminActionModel.Decide(AdminAction.VoidOnline, TamaraOrderStatus.FullyCaptured).Message));
    }

    [Test]
    public async Task Void_button_after_a_partial_capture_that_Tamara_refuses_answers_an_error_not_voided()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Sar());
        await harness.ShipmentSentAsync(harness.Test.Ship(1, 0));
        Backend.RefuseCancelAfterCapture();

        var result = await harness.PaymentOperations.VoidAsync(new VoidPaymentRequest { Order = harness.Order });

        Assert.That(result.Success, Is.False);
        Assert.That(result.Errors.Single(), Does.Contain("cancel not made"));
    }

    [Test]
    public async Task Refund_button_refunds_once_although_nopCommerce_then_publishes_the_refunded_event()
    {
        var harness = await PaidOrderAsync(Backend);

        var result = await RefundButtonAsync(harness, harness.Order.OrderTotal, false);

        var tamara = await harness.TamaraAsync();
        Assert.Multiple(() =>
        {
            Assert.That(result.NewPaymentStatus, Is.EqualTo(PaymentStatus.Refunded));
            Assert.That(tamara.Transactions.Refunds, Has.Count.EqualTo(1));
            Assert.That(tamara.RefundedAmount!.Amount, Is.EqualTo(185.49m));
        });
    }

    [Test]
    public async Task Partial_refund_button_refunds_the_amount_and_answers_partially_refunded()
    {
        var harness = await PaidOrderAsync(Backend);

        var first = await RefundButtonAsync(harness, 85.49m, true);
        var second = await RefundButtonAsync(harness, 100m, true);
        var third = await RefundButtonAsync(harness, 0.01m, true);

        Assert.Multiple(async () =>
        {
            Assert.That(first.NewPaymentStatus, Is.EqualTo(PaymentStatus.PartiallyRefunded));
            Assert.That(second.Success, Is.True);
            Assert.That(third.Success, Is.False, "nothing is left to refund");
            Assert.That((await harness.TamaraAsync()).RefundedAmount!.Amount, Is.EqualTo(185.49m));
        });
    }

    [Test]
    public async Task An_order_paid_another_way_is_left_alone()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Sar());
        harness.Order.PaymentMethodSystemName = "Payments.CheckMoneyOrder";

        await harness.ShipmentSentAsync(harness.Test.Ship(3, 1));
        await harness.CancelInNopCommerceAsync();
        await harness.RefundInNopCommerceAsync(harness.Order, 10m);

        var tamara = await harness.TamaraAsync();
        Assert.That(tamara.Status, Is.EqualTo(TamaraOrderStatus.Authorised));
        Assert.That(harness.Notes, Is.Empty);
    }
}
