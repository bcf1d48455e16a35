using Nop.Core.Domain.Payments;
using Nop.Core.Domain.Shipping;
using Nop.Plugin.Payments.Tamara.Api.Models;
using Nop.Plugin.Payments.Tamara.Domain;
using Nop.Plugin.Payments.Tamara.Services.Orders;
using NUnit.Framework;
using Nop.Plugin.Payments.Tamara.Tests.Services.Reconciliation;
using Nop.Plugin.Payments.Tamara.Tests.Support.AfterSale;

namespace Nop.Plugin.Payments.Tamara.Tests.Services.Orders;

/// <summary>
/// How an order moves between nopCommerce and Tamara when nothing in the shipping flow tells the plugin: lost answers,
/// orders without shipments, amounts that settle the order whatever Tamara calls its status
/// </summary>
public class OrderLifecycleTests : ReconciliationFixture
{
    public OrderLifecycleTests(BackendKind kind) : base(kind)
    {
    }

    [Test]
    public async Task An_authorisation_whose_answer_was_lost_leaves_the_status_unknown_and_cancelling_the_order_cancels_it_at_Tamara()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, Placed(AfterSaleOrder.Sar()), TamaraOrderStatus.Approved);
        Backend.AnswerLost(TamaraOperation.Authorise);

        await harness.Synchronizer.SyncAsync(harness.Order, TamaraSyncTrigger.Webhook);
        var stored = await new TamaraOrderStateService(harness.Attributes, harness.OrderService.Object).GetStateAsync(harness.Order);
        await harness.CancelInNopCommerceAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(stored.Status, Is.EqualTo(TamaraOrderStatus.Unknown), "the authorisation may or may not have happened");
            Assert.That(harness.Order.PaymentStatus, Is.EqualTo(PaymentStatus.Pending));
            Assert.That((await harness.TamaraAsync()).Status, Is.EqualTo(TamaraOrderStatus.Canceled), "the shopper is not charged for a cancelled order");
        });
    }

    [Test]
    public async Task A_sync_that_finds_everything_captured_or_cancelled_marks_the_order_paid_whatever_the_status_name()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Sar());
        await harness.ShipmentSentAsync(harness.Test.Ship(1, 1));
        Backend.AutoCapture(harness.Order.AuthorizationTransactionId);
        var client = Backend.CreateClient(TamaraBackend.ClientOptions(Backend.BaseUrl, harness.Settings.ApiToken));
        await client.Payments.SimplifiedRefundAsync(harness.Order.AuthorizationTransactionId,
            new SimplifiedRefundRequest { TotalAmount = new Money(10m, "SAR"), Comment = "From Tamara's portal" });
        var tamaraStatus = (await harness.TamaraAsync()).Status;

        await harness.Synchronizer.SyncAsync(harness.Order, TamaraSyncTrigger.ScheduleTask);

        Assert.That(tamaraStatus, Is.EqualTo(TamaraOrderStatus.PartiallyRefunded), "precondition: the status name no longer says captured");
        Assert.That(harness.Order.PaymentStatus, Is.EqualTo(PaymentStatus.Paid));
    }

    [Test]
    public async Task An_order_that_needs_no_shipping_is_captured_once_authorised()
    {
        var order = Placed(AfterSaleOrder.Sar());
        order.Order.ShippingStatus = ShippingStatus.ShippingNotRequired;
        var harness = await AfterSaleHarness.CreateAsync(Backend, order, TamaraOrderStatus.Approved);

        await harness.Synchronizer.SyncAsync(harness.Order, TamaraSyncTrigger.Webhook);

        var tamara = await harness.TamaraAsync();
        Assert.Multiple(() =>
        {
            Assert.That(tamara.Status, Is.EqualTo(TamaraOrderStatus.FullyCaptured));
            Assert.That(tamara.CapturedAmount!.Amount, Is.EqualTo(185.49m));
            Assert.That(harness.Order.PaymentStatus, Is.EqualTo(PaymentStatus.Paid));
        });
    }

    [Test]
    public async Task A_shipment_sent_before_the_authorisation_reached_the_store_is_captured_once_it_does()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, Placed(AfterSaleOrder.Sar()), TamaraOrderStatus.Approved);
        var shipment = harness.Test.Ship(3, 1);
        //the shipment reads Tamara and tries to authorise, but Tamara cannot be reached for it
        Backend.Unreachable(TamaraOperation.Authorise);
        await harness.ShipmentSentAsync(shipment);
        var capturedWhilePending = (await harness.TamaraAsync()).CapturedAmount?.Amount ?? 0;
        Backend.Heal();

        await harness.Synchronizer.SyncAsync(harness.Order, TamaraSyncTrigger.ScheduleTask);

        var tamara = await harness.TamaraAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(capturedWhilePending, Is.Zero, "precondition: Tamara held nothing to capture while approved");
            Assert.That(tamara.CapturedAmount!.Amount, Is.EqualTo(185.49m));
            Assert.That(await harness.Records.GetShipmentCaptureIdAsync(shipment), Is.Not.Empty);
            Assert.That(harness.Order.PaymentStatus, Is.EqualTo(PaymentStatus.Paid));
        });
    }

    [Test]
    public async Task An_order_that_needs_no_shipping_waits_for_the_Capture_button_when_capture_is_manual()
    {
        var order = Placed(AfterSaleOrder.Sar());
        order.Order.ShippingStatus = ShippingStatus.ShippingNotRequired;
        var harness = await AfterSaleHarness.CreateAsync(Backend, order, TamaraOrderStatus.Approved);
        harness.Settings.CaptureTrigger = CaptureTrigger.Manual;

        await harness.Synchronizer.SyncAsync(harness.Order, TamaraSyncTrigger.Webhook);

        Assert.That((await harness.TamaraAsync()).Status, Is.EqualTo(TamaraOrderStatus.Authorised));
        Assert.That(harness.Order.PaymentStatus, Is.EqualTo(PaymentStatus.Authorized));
    }

    [Test]
    public async Task A_pickup_order_is_captured_when_it_is_ready_for_pickup()
    {
        var order = AfterSaleOrder.Sar();
        order.Order.PickupInStore = true;
        var harness = await AfterSaleHarness.CreateAsync(Backend, order);

        await harness.ShipmentConsumer.HandleEventAsync(new ShipmentReadyForPickupEvent(harness.Test.Ship(3, 1)));

        Assert.That((await harness.TamaraAsync()).CapturedAmount!.Amount, Is.EqualTo(185.49m));
        Assert.That(harness.Order.PaymentStatus, Is.EqualTo(PaymentStatus.Paid));
    }

    [Test]
    public async Task A_pickup_order_waits_for_delivery_when_capture_is_on_delivery()
    {
        var order = AfterSaleOrder.Sar();
        order.Order.PickupInStore = true;
        var harness = await AfterSaleHarness.CreateAsync(Backend, order);
        harness.Settings.CaptureTrigger = CaptureTrigger.ShipmentDelivered;
        var shipment = harness.Test.Ship(3, 1);

        await harness.ShipmentConsumer.HandleEventAsync(new ShipmentReadyForPickupEvent(shipment));
        var capturedWhenReady = (await harness.TamaraAsync()).CapturedAmount?.Amount ?? 0;
        await harness.ShipmentDeliveredAsync(shipment);

        Assert.That(capturedWhenReady, Is.Zero);
        Assert.That((await harness.TamaraAsync()).CapturedAmount!.Amount, Is.EqualTo(185.49m));
    }
}
