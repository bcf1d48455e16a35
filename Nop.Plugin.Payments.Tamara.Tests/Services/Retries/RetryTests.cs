using Moq;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Payments.Tamara.Api.Models;
using Nop.Plugin.Payments.Tamara.Domain;
using Nop.Plugin.Payments.Tamara.Services.AfterSale;
using NUnit.Framework;
using Nop.Plugin.Payments.Tamara.Tests.Support.AfterSale;

namespace Nop.Plugin.Payments.Tamara.Tests.Services.Retries;

public class RetryTests : AfterSaleFixture
{
    public RetryTests(BackendKind kind) : base(kind)
    {
    }

    [Test]
    public async Task A_capture_that_cannot_reach_Tamara_is_queued_and_made_by_the_retry()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Sar());
        Backend.Unreachable(TamaraOperation.Capture);

        await harness.ShipmentSentAsync(harness.Test.Ship(3, 1));
        var queued = await harness.Records.GetPendingActionsAsync(harness.Order);
        var capturedWhileQueued = (await harness.TamaraAsync()).CapturedAmount!.Amount;
        await harness.MakeQueuedActionsDueAsync();
        await harness.Retry.RetryDueAsync(harness.Order);

        Assert.Multiple(async () =>
        {
            Assert.That(queued.Single().Kind, Is.EqualTo(PendingActionKind.Capture));
            Assert.That(capturedWhileQueued, Is.Zero);
            Assert.That(harness.NotesOf(), Has.Some.StartsWith(TamaraDefaults.PendingActionNoteMarker));
            Assert.That((await harness.TamaraAsync()).CapturedAmount!.Amount, Is.EqualTo(185.49m));
            Assert.That(await harness.Records.GetPendingActionsAsync(harness.Order), Is.Empty);
            Assert.That(harness.Order.PaymentStatus, Is.EqualTo(PaymentStatus.Paid));
        });
    }

    [Test]
    public async Task A_refund_that_cannot_reach_Tamara_is_queued_and_the_retry_records_it_in_nopCommerce_once()
    {
        var harness = await PaidOrderAsync(Backend);
        Backend.Unreachable(TamaraOperation.Refund);

        var outcome = await harness.Refund.RefundAsync(harness.Order, 40m);
        var refundedWhileQueued = harness.Order.RefundedAmount;
        await harness.MakeQueuedActionsDueAsync();
        await harness.Retry.RetryDueAsync(harness.Order);

        var tamara = await harness.TamaraAsync();
        Assert.Multiple(() =>
        {
            Assert.That(outcome.Kind, Is.EqualTo(AfterSaleOutcomeKind.Queued));
            Assert.That(refundedWhileQueued, Is.Zero);
            Assert.That(tamara.Transactions.Refunds.Single().TotalAmount!.Amount, Is.EqualTo(40m));
            Assert.That(harness.Order.RefundedAmount, Is.EqualTo(40m));
            Assert.That(harness.Order.PaymentStatus, Is.EqualTo(PaymentStatus.PartiallyRefunded));
        });
    }

    [Test]
    public async Task A_cancel_that_cannot_reach_Tamara_is_queued_and_made_by_the_retry()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Kwd());
        Backend.Unreachable(TamaraOperation.Cancel);

        await harness.CancelInNopCommerceAsync();
        var statusWhileQueued = (await harness.TamaraAsync()).Status;
        await harness.MakeQueuedActionsDueAsync();
        await harness.Retry.RetryDueAsync(harness.Order);

        Assert.That(statusWhileQueued, Is.EqualTo(TamaraOrderStatus.Authorised));
        Assert.That((await harness.TamaraAsync()).Status, Is.EqualTo(TamaraOrderStatus.Canceled));
        Assert.That(harness.Order.PaymentStatus, Is.EqualTo(PaymentStatus.Voided));
    }

    [Test]
    public async Task A_retry_that_still_cannot_reach_Tamara_waits_longer_before_the_next_attempt()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Sar());
        Backend.Unreachable(TamaraOperation.Capture);
        await harness.ShipmentSentAsync(harness.Test.Ship(3, 1));
        var firstDelay = (await harness.Records.GetPendingActionsAsync(harness.Order)).Single().NextAttemptOnUtc - DateTime.UtcNow;

        Backend.Unreachable(TamaraOperation.Get);
        await harness.MakeQueuedActionsDueAsync();
        await harness.Retry.RetryDueAsync(harness.Order);

        var action = (await harness.Records.GetPendingActionsAsync(harness.Order)).Single();
        Assert.Multiple(() =>
        {
            Assert.That(action.Attempts, Is.EqualTo(1));
            Assert.That(action.NextAttemptOnUtc - DateTime.UtcNow, Is.GreaterThan(firstDelay));
            Assert.That(harness.Errors, Is.Empty);
        });
    }

    [Test]
    public async Task A_shipment_sent_while_the_store_has_no_API_token_is_queued_not_lost()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Sar());
        var apiToken = harness.Settings.ApiToken;
        harness.Settings.ApiToken = string.Empty;

        await harness.ShipmentSentAsync(harness.Test.Ship(3, 1));
        var queued = await harness.Records.GetPendingActionsAsync(harness.Order);
        harness.Settings.ApiToken = apiToken;
        await harness.MakeQueuedActionsDueAsync();
        await harness.Retry.RetryDueAsync(harness.Order);

        Assert.That(queued.Select(action => action.Kind), Is.EqualTo(new[] { PendingActionKind.Capture }));
        Assert.That((await harness.TamaraAsync()).CapturedAmount!.Amount, Is.EqualTo(185.49m));
    }

    [Test]
    public async Task A_capture_whose_answer_was_lost_leaves_Tamaras_status_unknown_until_the_retry_reads_it()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Sar());
        Backend.AnswerLost(TamaraOperation.Capture);
        var stateService = new Nop.Plugin.Payments.Tamara.Services.Orders.TamaraOrderStateService(harness.Attributes, harness.OrderService.Object);

        await harness.ShipmentSentAsync(harness.Test.Ship(3, 1));
        var statusWhileUnknown = (await stateService.GetStateAsync(harness.Order)).Status;
        await harness.MakeQueuedActionsDueAsync();
        await harness.Retry.RetryDueAsync(harness.Order);

        Assert.That(statusWhileUnknown, Is.EqualTo(TamaraOrderStatus.Unknown));
        Assert.That((await stateService.GetStateAsync(harness.Order)).Status, Is.EqualTo(TamaraOrderStatus.FullyCaptured));
        Assert.That(harness.Order.PaymentStatus, Is.EqualTo(PaymentStatus.Paid));
    }

    [Test]
    public async Task A_retry_of_an_order_listed_before_a_notification_marked_it_paid_neither_reverts_nor_repeats_the_paid_processing()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Sar());
        harness.LoadOrderAsStoredCopies();
        Backend.AnswerLost(TamaraOperation.Capture);
        await harness.ShipmentSentAsync(harness.Test.Ship(3, 1));
        await harness.MakeQueuedActionsDueAsync();

        //the task lists the order; Tamara's notification of the capture then marks it paid before the task retries it
        var listedByTheTask = await harness.OrderService.Object.GetOrderByIdAsync(harness.Order.Id);
        await harness.Synchronizer.SyncAsync(await harness.OrderService.Object.GetOrderByIdAsync(harness.Order.Id),
            Nop.Plugin.Payments.Tamara.Services.Orders.TamaraSyncTrigger.Webhook);
        await harness.Retry.RetryDueAsync(listedByTheTask);

        var stored = await harness.OrderService.Object.GetOrderByIdAsync(harness.Order.Id);
        Assert.That(stored.PaymentStatus, Is.EqualTo(PaymentStatus.Paid));
        harness.OrderProcessing.Verify(service => service.MarkOrderAsPaidAsync(It.IsAny<Nop.Core.Domain.Orders.Order>()), Times.Once(), "the paid processing runs once");
    }
}
