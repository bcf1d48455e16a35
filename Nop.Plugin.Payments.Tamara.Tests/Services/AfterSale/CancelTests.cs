using Moq;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Payments.Tamara.Api.Models;
using Nop.Plugin.Payments.Tamara.Domain;
using Nop.Plugin.Payments.Tamara.Services.AfterSale;
using Nop.Plugin.Payments.Tamara.Services.Orders;
using Nop.Services.Payments;
using NUnit.Framework;
using Nop.Plugin.Payments.Tamara.Tests.Support.AfterSale;

namespace Nop.Plugin.Payments.Tamara.Tests.Services.AfterSale;

public class CancelTests : AfterSaleFixture
{
    public CancelTests(BackendKind kind) : base(kind)
    {
    }

    [Test]
    public async Task Void_before_any_capture_cancels_the_whole_order_at_Tamara()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Sar());

        var outcome = await harness.Cancel.VoidAsync(harness.Order);

        var tamara = await harness.TamaraAsync();
        Assert.Multiple(() =>
        {
            Assert.That(outcome.Kind, Is.EqualTo(AfterSaleOutcomeKind.Done));
            Assert.That(tamara.Status, Is.EqualTo(TamaraOrderStatus.Canceled));
            Assert.That(tamara.CanceledAmount!.Amount, Is.EqualTo(185.49m));
        });
    }

    [Test]
    public async Task Cancelling_the_order_in_nopCommerce_cancels_it_at_Tamara_and_voids_the_payment()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Kwd());

        await harness.CancelInNopCommerceAsync();

        Assert.That((await harness.TamaraAsync()).Status, Is.EqualTo(TamaraOrderStatus.Canceled));
        Assert.That(harness.Order.PaymentStatus, Is.EqualTo(PaymentStatus.Voided));
    }

    [Test]
    public async Task Cancelling_an_order_marked_as_paid_by_hand_cancels_what_Tamara_still_holds_authorised()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Sar());
        //Mark as paid: nopCommerce says Paid, Tamara still holds the whole order authorised
        harness.Order.PaymentStatus = PaymentStatus.Paid;

        await harness.CancelInNopCommerceAsync();

        Assert.That((await harness.TamaraAsync()).Status, Is.EqualTo(TamaraOrderStatus.Canceled), "the shopper never pays for a cancelled order");
    }

    [Test]
    public async Task Deleting_an_order_marked_as_paid_by_hand_then_refunded_offline_cancels_what_Tamara_still_holds_authorised()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Sar());
        //Mark as paid, then Refund (offline): nopCommerce says Refunded, Tamara still holds the whole order authorised
        harness.Order.PaymentStatus = PaymentStatus.Refunded;
        harness.Order.RefundedAmount = harness.Order.OrderTotal;

        await harness.DeleteInNopCommerceAsync();

        Assert.That((await harness.TamaraAsync()).Status, Is.EqualTo(TamaraOrderStatus.Canceled), "the shopper never pays for a deleted order");
    }

    [Test]
    public async Task Cancelling_a_pending_order_that_Tamara_authorised_cancels_it_at_Tamara()
    {
        var order = AfterSaleOrder.Sar();
        order.Order.PaymentStatus = PaymentStatus.Pending;
        var harness = await AfterSaleHarness.CreateAsync(Backend, order);
        await harness.Attributes.SaveAttributeAsync(harness.Order, TamaraDefaults.OrderAttributes.Status, nameof(TamaraOrderStatus.Authorised));

        await harness.CancelInNopCommerceAsync();

        Assert.That((await harness.TamaraAsync()).Status, Is.EqualTo(TamaraOrderStatus.Canceled));
    }

    [Test]
    public async Task Cancelling_in_nopCommerce_leaves_Tamara_alone_when_the_setting_is_off()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Sar());
        harness.Settings.CancelAtTamaraOnOrderCancelled = false;

        await harness.CancelInNopCommerceAsync();

        Assert.That((await harness.TamaraAsync()).Status, Is.EqualTo(TamaraOrderStatus.Authorised));
        Assert.That(harness.Order.PaymentStatus, Is.EqualTo(PaymentStatus.Authorized));
    }

    [Test]
    public async Task Cancel_after_a_partial_capture_cancels_only_the_rest_and_says_the_captured_part_needs_a_refund()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Sar());
        await harness.ShipmentSentAsync(harness.Test.Ship(1, 1));

        var outcome = await harness.Cancel.VoidAsync(harness.Order);

        var tamara = await harness.TamaraAsync();
        var stored = await new TamaraOrderStateService(harness.Attributes, harness.OrderService.Object).GetStateAsync(harness.Order);
        Assert.Multiple(() =>
        {
            Assert.That(outcome.Kind, Is.EqualTo(AfterSaleOutcomeKind.Done));
            Assert.That(tamara.Status, Is.EqualTo(TamaraOrderStatus.FullyCaptured), "nothing is left but what was captured");
            Assert.That(stored.Status, Is.EqualTo(TamaraOrderStatus.FullyCaptured), "the order panel shows what Tamara's order reads, not the cancel's answer");
            Assert.That(tamara.CapturedAmount!.Amount, Is.EqualTo(103.05m));
            Assert.That(tamara.CanceledAmount!.Amount, Is.EqualTo(185.49m - 103.05m));
            Assert.That(harness.NotesOf(), Has.Some.Matches<string>(note => note.Contains("Tamara reports Updated") && note.Contains("refund it")));
        });
    }

    [Test]
    public async Task Cancel_after_a_partial_capture_that_Tamara_refuses_cancels_nothing_and_notes_why()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Sar());
        await harness.ShipmentSentAsync(harness.Test.Ship(1, 1));
        Backend.RefuseCancelAfterCapture();

        var outcome = await harness.Cancel.VoidAsync(harness.Order);

        var tamara = await harness.TamaraAsync();
        Assert.Multiple(() =>
        {
            Assert.That(outcome.Kind, Is.EqualTo(AfterSaleOutcomeKind.Refused));
            Assert.That(tamara.Status, Is.EqualTo(TamaraOrderStatus.PartiallyCaptured));
            Assert.That(tamara.CanceledAmount?.Amount ?? 0, Is.Zero);
            Assert.That(harness.NotesOf(), Has.Some.Matches<string>(note => note.Contains("cancel not made") && note.Contains("capture the rest")));
        });
    }

    [Test]
    public async Task Cancel_of_a_fully_captured_order_only_notes_that_a_refund_is_needed()
    {
        var harness = await PaidOrderAsync(Backend);

        await harness.CancelInNopCommerceAsync();
        var outcome = await harness.Cancel.VoidAsync(harness.Order);

        var tamara = await harness.TamaraAsync();
        Assert.Multiple(() =>
        {
            Assert.That(outcome.Kind, Is.EqualTo(AfterSaleOutcomeKind.NothingToDo));
            Assert.That(tamara.Status, Is.EqualTo(TamaraOrderStatus.FullyCaptured));
            Assert.That(tamara.CanceledAmount?.Amount ?? 0, Is.Zero);
            Assert.That(harness.NotesOf(), Has.Some.Contains("Refund it if the customer must get it back"));
        });
    }

    [Test]
    public async Task A_second_Void_while_the_first_cancel_is_queued_leaves_the_payment_authorised()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Sar());
        Backend.Unreachable(TamaraOperation.Cancel);

        var first = await harness.PaymentOperations.VoidAsync(new VoidPaymentRequest { Order = harness.Order });
        var second = await harness.PaymentOperations.VoidAsync(new VoidPaymentRequest { Order = harness.Order });

        Assert.Multiple(async () =>
        {
            Assert.That(first.Success, Is.False, "queued, not voided");
            Assert.That(second.Success, Is.False, "still queued: only Tamara's answer voids the payment");
            Assert.That(second.NewPaymentStatus, Is.Not.EqualTo(PaymentStatus.Voided));
            Assert.That((await harness.TamaraAsync()).Status, Is.EqualTo(TamaraOrderStatus.Authorised));
        });
    }

    [Test]
    public async Task A_cancel_whose_answer_was_lost_is_finished_in_nopCommerce_by_the_retry()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Kwd());
        Backend.AnswerLost(TamaraOperation.Cancel);

        await harness.CancelInNopCommerceAsync();
        var statusWhileUnknown = harness.Order.PaymentStatus;
        await harness.MakeQueuedActionsDueAsync();
        await harness.Retry.RetryDueAsync(harness.Order);

        Assert.Multiple(async () =>
        {
            Assert.That(statusWhileUnknown, Is.EqualTo(PaymentStatus.Authorized));
            Assert.That(harness.Order.PaymentStatus, Is.EqualTo(PaymentStatus.Voided));
            Assert.That(await harness.Records.GetPendingActionsAsync(harness.Order), Is.Empty);
        });
    }

    [Test]
    public async Task A_Void_whose_answer_was_lost_voids_the_payment_when_the_retry_finds_it_done()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Sar());
        Backend.AnswerLost(TamaraOperation.Cancel);

        var result = await harness.PaymentOperations.VoidAsync(new VoidPaymentRequest { Order = harness.Order });
        await harness.MakeQueuedActionsDueAsync();
        await harness.Retry.RetryDueAsync(harness.Order);

        Assert.That(result.Success, Is.False, "the answer was lost: nothing is known yet");
        Assert.That(harness.Order.PaymentStatus, Is.EqualTo(PaymentStatus.Voided));
    }

    [Test]
    public async Task A_lost_cancel_of_a_partly_captured_order_is_finished_as_paid_by_the_retry()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Sar());
        await harness.ShipmentSentAsync(harness.Test.Ship(1, 1));
        Backend.AnswerLost(TamaraOperation.Cancel);

        await harness.CancelInNopCommerceAsync();
        await harness.MakeQueuedActionsDueAsync();
        await harness.Retry.RetryDueAsync(harness.Order);

        Assert.That(harness.Order.PaymentStatus, Is.EqualTo(PaymentStatus.Paid));
    }

    [Test]
    public async Task Cancelling_a_partly_captured_order_records_the_payment_as_paid_so_the_captured_part_can_be_refunded()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Sar());
        await harness.ShipmentSentAsync(harness.Test.Ship(1, 1));

        await harness.CancelInNopCommerceAsync();

        Assert.Multiple(() =>
        {
            Assert.That(harness.Order.PaymentStatus, Is.EqualTo(PaymentStatus.Paid), "nopCommerce shows Refund buttons only for a paid payment");
            Assert.That(harness.Order.PaidDateUtc, Is.Not.Null);
            Assert.That(harness.NotesOf(), Has.Some.Contains("use Refund or Partial refund"));
        });
        //nopCommerce refuses its paid path for a cancelled order: no "order paid" e-mail or reward points for it
        harness.OrderProcessing.Verify(service => service.MarkOrderAsPaidAsync(It.IsAny<Nop.Core.Domain.Orders.Order>()), Times.Never);
    }

    [Test]
    public async Task A_409_on_a_cancel_reads_Tamara_again_and_sends_the_cancel()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Kwd());
        Backend.Conflict(TamaraOperation.Cancel);

        await harness.CancelInNopCommerceAsync();

        Assert.That((await harness.TamaraAsync()).Status, Is.EqualTo(TamaraOrderStatus.Canceled));
        Assert.That(harness.Order.PaymentStatus, Is.EqualTo(PaymentStatus.Voided));
    }

    [TestCase(TamaraOperation.Cancel, 2, TestName = "A_cancel_that_meets_409_twice_is_queued_and_made_by_the_retry")]
    [TestCase(TamaraOperation.Get, 1, TestName = "A_409_on_the_read_before_a_cancel_queues_it_and_the_retry_cancels")]
    public async Task A_cancel_that_meets_409_is_queued_and_made_by_the_retry(TamaraOperation operation, int conflicts)
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Kwd());
        for (var conflict = 0; conflict < conflicts; conflict++)
            Backend.Conflict(operation);

        await harness.CancelInNopCommerceAsync();
        var queued = await harness.Records.GetPendingActionsAsync(harness.Order);
        await harness.MakeQueuedActionsDueAsync();
        await harness.Retry.RetryDueAsync(harness.Order);

        Assert.Multiple(async () =>
        {
            Assert.That(queued.Select(action => action.Kind), Is.EqualTo(new[] { PendingActionKind.Cancel }));
            Assert.That((await harness.TamaraAsync()).Status, Is.EqualTo(TamaraOrderStatus.Canceled));
            Assert.That(harness.Order.PaymentStatus, Is.EqualTo(PaymentStatus.Voided));
        });
    }
}
