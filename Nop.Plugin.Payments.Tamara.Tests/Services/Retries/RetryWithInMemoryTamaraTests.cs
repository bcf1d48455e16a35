using Nop.Plugin.Payments.Tamara.Api;
using NUnit.Framework;
using Nop.Plugin.Payments.Tamara.Tests.Support.AfterSale;

namespace Nop.Plugin.Payments.Tamara.Tests.Services.Retries;

/// <summary>
/// What only the in-memory Tamara can show: a held lock, a lost answer and a 400 on demand
/// </summary>
[TestFixture(BackendKind.Fake)]
public class RetryWithInMemoryTamaraTests : AfterSaleFixture
{
    public RetryWithInMemoryTamaraTests(BackendKind kind) : base(kind)
    {
    }

    [Test]
    public async Task A_shipment_sent_while_another_node_works_on_the_order_is_queued_not_captured_beside_it()
    {
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
    public async Task A_retry_that_Tamara_refuses_for_good_is_dropped_with_a_note_and_an_error_log()
    {
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
}
