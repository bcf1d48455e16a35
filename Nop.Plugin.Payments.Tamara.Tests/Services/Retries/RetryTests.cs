using Nop.Core.Domain.Payments;
using Nop.Plugin.Payments.Tamara.Api;
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
    public async Task A_shipment_sent_while_another_node_works_on_the_order_is_queued_not_captured_beside_it()
    {
        Assume.That(Backend, Is.InstanceOf<FakeBackend>(), "one backend is enough to prove the lock is honoured");
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Sar());
        var captured = -1m;

        //another request holds the order's lock for as long as the shipment's capture keeps trying
        await harness.Locker.PerformActionWithLockAsync(TamaraDefaults.OrderLockResource(harness.Order.Id), TimeSpan.FromMinutes(1), async () =>
        {
            await harness.ShipmentSentAsync(harness.Test.Ship(3, 1));
            captured = (await harness.TamaraAsync()).CapturedAmount!.Amount;
        });
        await harness.MakeQueuedActionsDueAsync();
        await harness.Retry.RetryDueAsync(harness.Order);

        Assert.That(captured, Is.Zero);
        Assert.That((await harness.TamaraAsync()).CapturedAmount!.Amount, Is.EqualTo(185.49m));
    }

    [Test]
    public async Task A_capture_whose_answer_was_lost_is_recognised_by_the_retry_and_never_made_twice()
    {
        Assume.That(Backend, Is.InstanceOf<FakeBackend>(), "only the fake can lose an answer after doing the work");
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Sar());
        var shipment = harness.Test.Ship(1, 1);
        ((FakeBackend)Backend).Tamara.FailNext("capture", new TamaraTimeoutException("No answer", TimeSpan.FromSeconds(30)), afterDoing: true);

        await harness.ShipmentSentAsync(shipment);
        await harness.MakeQueuedActionsDueAsync();
        await harness.Retry.RetryDueAsync(harness.Order);
        await harness.ShipmentSentAsync(harness.Test.Ship(2, 0));

        var tamara = await harness.TamaraAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(tamara.Transactions.Captures, Has.Count.EqualTo(2));
            Assert.That(tamara.CapturedAmount!.Amount, Is.EqualTo(185.49m));
            Assert.That(await harness.Records.GetShipmentCaptureIdAsync(shipment), Is.EqualTo(tamara.Transactions.Captures[0].CaptureId));
        });
    }

    [Test]
    public async Task A_refund_that_cannot_reach_Tamara_is_queued_and_the_retry_records_it_in_nopCommerce_once()
    {
        var harness = await PaidOrderAsync(Backend);
        Backend.Unreachable(TamaraOperation.Refund);

        var outcome = await harness.Refund.RefundAsync(harness.Order, 40m, true);
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
    public async Task A_retry_that_Tamara_refuses_for_good_is_dropped_with_a_note_and_an_error_log()
    {
        Assume.That(Backend, Is.InstanceOf<FakeBackend>(), "the fake answers 400 on demand");
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Sar());
        Backend.Unreachable(TamaraOperation.Capture);
        await harness.ShipmentSentAsync(harness.Test.Ship(3, 1));
        ((FakeBackend)Backend).Tamara.FailNext("capture", new TamaraApiException("Bad request", 400, "shipping_info is invalid", []));

        await harness.MakeQueuedActionsDueAsync();
        await harness.Retry.RetryDueAsync(harness.Order);

        Assert.Multiple(async () =>
        {
            Assert.That(await harness.Records.GetPendingActionsAsync(harness.Order), Is.Empty);
            Assert.That(harness.Errors.Single(), Does.Contain("failed for good").And.Contain("shipping_info is invalid"));
            Assert.That(harness.NotesOf(), Has.Some.Contains("failed for good"));
            Assert.That((await harness.TamaraAsync()).CapturedAmount!.Amount, Is.Zero);
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
}
