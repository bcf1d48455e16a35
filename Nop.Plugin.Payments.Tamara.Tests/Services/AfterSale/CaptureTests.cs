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
    public async Task With_the_delivered_trigger_the_first_shipment_delivered_takes_only_its_share_while_the_other_is_on_its_way()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Sar());
        harness.Settings.CaptureTrigger = CaptureTrigger.ShipmentDelivered;
        var first = harness.Test.Ship(1, 0);
        var second = harness.Test.Ship(2, 1);
        await harness.ShipmentSentAsync(first);
        await harness.ShipmentSentAsync(second);

        await harness.ShipmentDeliveredAsync(first);

        var tamara = await harness.TamaraAsync();
        Assert.Multiple(() =>
        {
            Assert.That(tamara.CapturedAmount!.Amount, Is.GreaterThan(0m).And.LessThan(185.49m), "the second shipment is not delivered yet");
            Assert.That(harness.Order.PaymentStatus, Is.EqualTo(PaymentStatus.Authorized));
        });
    }

    [Test]
    public async Task A_shipment_of_an_order_Tamara_approved_but_the_store_never_heard_of_authorises_it_and_is_captured()
    {
        var order = AfterSaleOrder.Sar();
        order.Order.PaymentStatus = PaymentStatus.Pending;
        var harness = await AfterSaleHarness.CreateAsync(Backend, order, TamaraOrderStatus.Approved);

        await harness.ShipmentSentAsync(harness.Test.Ship(1, 0));

        var tamara = await harness.TamaraAsync();
        Assert.Multiple(() =>
        {
            Assert.That(tamara.Status, Is.EqualTo(TamaraOrderStatus.PartiallyCaptured), "never left in approved");
            Assert.That(tamara.CapturedAmount!.Amount, Is.GreaterThan(0m).And.LessThan(185.49m));
            Assert.That(harness.Order.PaymentStatus, Is.EqualTo(PaymentStatus.Authorized));
        });
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

    [Test]
    public async Task After_a_partial_refund_the_next_shipments_are_still_captured_and_the_order_becomes_paid()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Sar());
        await harness.ShipmentSentAsync(harness.Test.Ship(1, 0));
        //refunded in Tamara's partner portal: Tamara's order is now partially_refunded
        var portal = Backend.CreateClient(TamaraBackend.ClientOptions(Backend.BaseUrl, harness.Settings.ApiToken));
        await portal.Payments.SimplifiedRefundAsync(harness.Order.AuthorizationTransactionId,
            new SimplifiedRefundRequest { TotalAmount = new Money(10m, "SAR"), Comment = "Refunded in the portal" });

        await harness.ShipmentSentAsync(harness.Test.Ship(2, 1));

        var tamara = await harness.TamaraAsync();
        Assert.Multiple(() =>
        {
            Assert.That(tamara.CapturedAmount!.Amount, Is.EqualTo(185.49m));
            Assert.That(tamara.RefundedAmount!.Amount, Is.EqualTo(10m));
            Assert.That(harness.Order.PaymentStatus, Is.EqualTo(PaymentStatus.Paid));
            Assert.That(harness.NotesOf(), Has.None.Contains("nothing to capture"));
        });
    }

    [Test]
    public async Task A_gift_card_larger_than_the_goods_leaves_the_second_unit_its_share_of_what_Tamara_holds()
    {
        //2 × 50 SAR, 30 SAR shipping, a 110 SAR gift card: Tamara holds 20
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Of("SAR", 30m, 0m, 20m).AddItem(2, 100m, 100m, "Mug"));

        await harness.ShipmentSentAsync(harness.Test.Ship(1));
        var afterFirst = (await harness.TamaraAsync()).CapturedAmount!.Amount;
        await harness.ShipmentSentAsync(harness.Test.Ship(1));

        var tamara = await harness.TamaraAsync();
        Assert.Multiple(() =>
        {
            Assert.That(afterFirst, Is.EqualTo(10m));
            Assert.That(tamara.Transactions.Captures.Select(capture => capture.TotalAmount!.Amount), Is.EqualTo(new[] { 10m, 10m }));
            Assert.That(harness.Order.PaymentStatus, Is.EqualTo(PaymentStatus.Paid));
        });
    }

    [Test]
    public async Task A_sub_total_discount_that_lowers_the_order_tax_is_captured_whole_without_a_negative_tax()
    {
        //items of 1 and 999 SAR at 50 % off with 15 % VAT: 500 + 75 tax = 575, the order tax below the line taxes of 150
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Of("SAR", 0m, 75m, 575m)
            .AddItem(1, 1m, 1.15m, "Pin")
            .AddItem(1, 999m, 1148.85m, "Bike"));

        await harness.ShipmentSentAsync(harness.Test.Ship(1, 0));
        await harness.ShipmentSentAsync(harness.Test.Ship(0, 1));

        var tamara = await harness.TamaraAsync();
        Assert.Multiple(() =>
        {
            Assert.That(tamara.Transactions.Captures, Has.Count.EqualTo(2));
            Assert.That(tamara.CapturedAmount!.Amount, Is.EqualTo(575m));
            Assert.That(harness.Order.PaymentStatus, Is.EqualTo(PaymentStatus.Paid));
        });
    }

    [Test]
    public async Task An_order_edited_above_what_Tamara_holds_captures_only_what_Tamara_holds_and_says_so()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Sar());
        //the admin raises the second item from 50 to 60 after placement
        harness.Test.Items[1].PriceExclTax = 60m;
        harness.Test.Items[1].PriceInclTax = 69m;
        harness.Order.OrderTax = 27m;
        harness.Order.OrderTotal = 196.99m;

        await harness.ShipmentSentAsync(harness.Test.Ship(1, 1));
        await harness.ShipmentSentAsync(harness.Test.Ship(2, 0));

        var tamara = await harness.TamaraAsync();
        Assert.Multiple(() =>
        {
            Assert.That(tamara.CapturedAmount!.Amount, Is.EqualTo(185.49m));
            Assert.That(harness.Order.PaymentStatus, Is.EqualTo(PaymentStatus.Paid));
            Assert.That(harness.NotesOf(), Has.Some.Contains("Tamara cannot take more"));
        });
    }

    [Test]
    public async Task A_shipment_another_node_captured_but_did_not_record_yet_is_not_captured_again()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Sar());
        var shipment = harness.Test.Ship(1, 0);
        //the other node entered the same lock (the distributed locker is not atomic) and its capture reached Tamara
        await harness.OtherNode().ShipmentSentAsync(shipment);

        await harness.ShipmentSentAsync(shipment);

        var tamara = await harness.TamaraAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(tamara.Transactions.Captures, Has.Count.EqualTo(1));
            Assert.That(await harness.Records.GetShipmentCaptureIdAsync(shipment), Is.EqualTo(tamara.Transactions.Captures.Single().CaptureId));
            Assert.That((await harness.Records.GetCapturesAsync(harness.Order)).Single().Amounts.Lines, Is.Not.Empty, "recorded whole, with its lines");
        });
    }

    [Test]
    public async Task A_409_on_the_read_before_a_capture_queues_it_and_the_retry_captures_the_shipment()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Sar());
        Backend.Conflict(TamaraOperation.Get);

        await harness.ShipmentSentAsync(harness.Test.Ship(3, 1));
        var queued = await harness.Records.GetPendingActionsAsync(harness.Order);
        await harness.MakeQueuedActionsDueAsync();
        await harness.Retry.RetryDueAsync(harness.Order);

        var tamara = await harness.TamaraAsync();
        Assert.Multiple(() =>
        {
            Assert.That(queued.Select(action => action.Kind), Is.EqualTo(new[] { PendingActionKind.Capture }));
            Assert.That(tamara.CapturedAmount!.Amount, Is.EqualTo(185.49m));
            Assert.That(harness.Order.PaymentStatus, Is.EqualTo(PaymentStatus.Paid));
        });
    }
}
