using Nop.Core.Domain.Payments;
using Nop.Plugin.Payments.Tamara.Api.Models;
using Nop.Plugin.Payments.Tamara.Domain;
using Nop.Plugin.Payments.Tamara.Services.AfterSale;
using NUnit.Framework;
using Nop.Plugin.Payments.Tamara.Tests.Support.AfterSale;

namespace Nop.Plugin.Payments.Tamara.Tests.Services.AfterSale;

public class CaptureTests : AfterSaleFixture
{
    public CaptureTests(BackendKind kind) : base(kind)
    {
    }

    [Test]
    public async Task One_shipment_of_everything_captures_the_order_total_and_the_order_becomes_paid()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Sar());
        var shipment = harness.Test.Ship(3, 1);

        await harness.ShipmentSentAsync(shipment);

        var tamara = await harness.TamaraAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(tamara.Status, Is.EqualTo(TamaraOrderStatus.FullyCaptured));
            Assert.That(tamara.CapturedAmount!.Amount, Is.EqualTo(185.49m));
            Assert.That(harness.Order.PaymentStatus, Is.EqualTo(PaymentStatus.Paid));
            Assert.That(await harness.Records.GetShipmentCaptureIdAsync(shipment), Is.EqualTo(tamara.Transactions.Captures.Single().CaptureId));
        });
    }

    private static IEnumerable<TestCaseData> TwoShipmentOrders()
    {
        yield return new TestCaseData((Func<AfterSaleOrder>)AfterSaleOrder.Sar, 103.05m).SetName("{m}(SAR)");
        yield return new TestCaseData((Func<AfterSaleOrder>)AfterSaleOrder.Kwd, 8.016m).SetName("{m}(KWD)");
    }

    [TestCaseSource(nameof(TwoShipmentOrders))]
    public async Task Two_partial_shipments_add_up_to_the_order_total_to_the_last_minor_digit(Func<AfterSaleOrder> newOrder, decimal firstCapture)
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, newOrder());

        await harness.ShipmentSentAsync(harness.Test.Ship(1, 1));
        var afterFirst = await harness.TamaraAsync();
        var paymentAfterFirst = harness.Order.PaymentStatus;
        await harness.ShipmentSentAsync(harness.Test.Ship(2, 0));

        var tamara = await harness.TamaraAsync();
        Assert.Multiple(() =>
        {
            Assert.That(afterFirst.CapturedAmount!.Amount, Is.EqualTo(firstCapture));
            Assert.That(paymentAfterFirst, Is.EqualTo(PaymentStatus.Authorized));
            Assert.That(harness.NotesOf(), Has.Some.Contains("partially captured"));
            Assert.That(tamara.Transactions.Captures, Has.Count.EqualTo(2));
            Assert.That(tamara.CapturedAmount!.Amount, Is.EqualTo(harness.Order.OrderTotal));
            Assert.That(tamara.Status, Is.EqualTo(TamaraOrderStatus.FullyCaptured));
            Assert.That(harness.Order.PaymentStatus, Is.EqualTo(PaymentStatus.Paid));
        });
    }

    [Test]
    public async Task A_shipment_sent_twice_is_captured_once()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Sar());
        var shipment = harness.Test.Ship(1, 0);

        await harness.ShipmentSentAsync(shipment);
        await harness.ShipmentSentAsync(shipment);

        var tamara = await harness.TamaraAsync();
        Assert.That(tamara.Transactions.Captures, Has.Count.EqualTo(1));
        Assert.That(tamara.CapturedAmount!.Amount, Is.EqualTo((await harness.Records.GetCapturesAsync(harness.Order)).Single().Amounts.Total));
    }

    [Test]
    public async Task A_409_on_capture_leads_to_a_fresh_read_and_the_shipment_is_still_captured()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Sar());
        Backend.Conflict(TamaraOperation.Capture);

        await harness.ShipmentSentAsync(harness.Test.Ship(3, 1));

        var tamara = await harness.TamaraAsync();
        Assert.Multiple(() =>
        {
            Assert.That(tamara.CapturedAmount!.Amount, Is.EqualTo(185.49m));
            Assert.That(harness.Order.PaymentStatus, Is.EqualTo(PaymentStatus.Paid));
            Assert.That(harness.Errors, Is.Empty);
        });
    }

    [Test]
    public async Task Nothing_is_captured_at_shipment_when_the_trigger_is_manual()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Sar());
        harness.Settings.CaptureTrigger = CaptureTrigger.Manual;

        await harness.ShipmentSentAsync(harness.Test.Ship(3, 1));

        Assert.That((await harness.TamaraAsync()).Transactions.Captures, Is.Empty);
        Assert.That(harness.Order.PaymentStatus, Is.EqualTo(PaymentStatus.Authorized));
    }

    [Test]
    public async Task With_the_delivered_trigger_the_capture_waits_for_delivery()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Sar());
        harness.Settings.CaptureTrigger = CaptureTrigger.ShipmentDelivered;
        var shipment = harness.Test.Ship(3, 1);

        await harness.ShipmentSentAsync(shipment);
        var capturedWhenSent = (await harness.TamaraAsync()).CapturedAmount!.Amount;
        await harness.ShipmentDeliveredAsync(shipment);

        Assert.That(capturedWhenSent, Is.Zero);
        Assert.That((await harness.TamaraAsync()).CapturedAmount!.Amount, Is.EqualTo(185.49m));
    }

    [Test]
    public async Task The_admin_capture_takes_what_the_shipments_left()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Kwd());
        await harness.ShipmentSentAsync(harness.Test.Ship(1, 0));

        var outcome = await harness.Capture.CaptureRemainderAsync(harness.Order);

        var tamara = await harness.TamaraAsync();
        Assert.Multiple(() =>
        {
            Assert.That(outcome.Kind, Is.EqualTo(AfterSaleOutcomeKind.Done));
            Assert.That(outcome.NothingLeft, Is.True);
            Assert.That(tamara.CapturedAmount!.Amount, Is.EqualTo(15.375m));
            Assert.That(tamara.Transactions.Captures, Has.Count.EqualTo(2));
        });
    }
}
