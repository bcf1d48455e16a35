using Nop.Plugin.Payments.Tamara.Api;
using NUnit.Framework;
using Nop.Plugin.Payments.Tamara.Tests.Support.AfterSale;

namespace Nop.Plugin.Payments.Tamara.Tests.Services.AfterSale;

/// <summary>
/// What only the in-memory Tamara can show: the requests Tamara received
/// </summary>
[TestFixture(BackendKind.Fake)]
public class CaptureWithInMemoryTamaraTests : AfterSaleFixture
{
    public CaptureWithInMemoryTamaraTests(BackendKind kind) : base(kind)
    {
    }

    [Test]
    public async Task The_capture_carries_the_shipment_items_the_shipping_and_the_tracking_details()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Sar());
        var shipment = harness.Test.Ship(1, 1);

        await harness.ShipmentSentAsync(shipment);

        var request = ((FakeBackend)Backend).Tamara.CaptureRequests.Single();
        Assert.Multiple(() =>
        {
            Assert.That(request.Items!.Select(item => (item.ReferenceId, item.Quantity, item.TotalAmount!.Amount)),
                Is.EqualTo(new[] { (harness.Test.Items[0].Id.ToString(), 1, 33.33m), (harness.Test.Items[1].Id.ToString(), 1, 50.00m) }));
            //the goods shipped are 83.33 of 149.99: shipping, tax and discount follow in that proportion
            Assert.That(request.ShippingAmount!.Amount, Is.EqualTo(11.11m));
            Assert.That(request.TaxAmount!.Amount, Is.EqualTo(14.17m));
            Assert.That(request.DiscountAmount!.Amount, Is.EqualTo(5.56m));
            Assert.That(request.TotalAmount.Amount, Is.EqualTo(103.05m));
            Assert.That(request.ShippingInfo.TrackingNumber, Is.EqualTo(shipment.TrackingNumber));
            Assert.That(request.ShippingInfo.TrackingUrl, Is.EqualTo($"https://tracking.example/{shipment.TrackingNumber}"));
            Assert.That(request.ShippingInfo.ShippingCompany, Is.EqualTo("Aramex"));
            Assert.That(request.ShippingInfo.ShippedAt, Is.Not.Null);
        });
    }

    [Test]
    public async Task A_queued_shipment_never_adopts_the_capture_another_shipment_made_and_each_is_captured_once()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Sar());
        var tamara = ((FakeBackend)Backend).Tamara;
        var first = harness.Test.Ship(1, 0);
        var second = harness.Test.Ship(1, 0);
        //shipment 1 is queued as Tamara cannot be read; shipment 2's capture is made but its answer is lost
        tamara.FailNext("get", new TamaraTimeoutException("No answer", TimeSpan.FromSeconds(30)));
        await harness.ShipmentSentAsync(first);
        harness.BeginNextAdminRequest();
        tamara.FailNext("capture", new TamaraTimeoutException("No answer", TimeSpan.FromSeconds(30)), afterDoing: true);
        await harness.ShipmentSentAsync(second);

        await harness.MakeQueuedActionsDueAsync();
        await harness.Retry.RetryDueAsync(harness.Order);
        await harness.ShipmentSentAsync(harness.Test.Ship(1, 1));

        var order = tamara[harness.Order.AuthorizationTransactionId];
        Assert.Multiple(async () =>
        {
            Assert.That(order.Captures, Has.Count.EqualTo(3));
            Assert.That(order.Captured, Is.EqualTo(185.49m));
            Assert.That(await harness.Records.GetShipmentCaptureIdAsync(second), Is.EqualTo(order.Captures[0].CaptureId));
            Assert.That(await harness.Records.GetShipmentCaptureIdAsync(first), Is.EqualTo(order.Captures[1].CaptureId));
            Assert.That(harness.Order.PaymentStatus, Is.EqualTo(Nop.Core.Domain.Payments.PaymentStatus.Paid));
        });
    }

    [Test]
    public async Task Two_callers_let_into_the_lock_at_once_capture_a_shipment_once_and_record_it_once()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Sar());
        var tamara = ((FakeBackend)Backend).Tamara;
        var shipment = harness.Test.Ship(1, 0);
        harness.Locker.LetsTwoCallersIn = true;
        //the second caller enters once Tamara made the first one's capture, before the first records it
        tamara.AfterCapture = () => harness.ShipmentSentAsync(shipment);

        await harness.ShipmentSentAsync(shipment);

        var order = tamara[harness.Order.AuthorizationTransactionId];
        Assert.Multiple(async () =>
        {
            Assert.That(order.Captures, Has.Count.EqualTo(1));
            Assert.That(await harness.Records.GetCapturesAsync(harness.Order), Has.Count.EqualTo(1));
            Assert.That(await harness.Records.GetShipmentCaptureIdAsync(shipment), Is.EqualTo(order.Captures.Single().CaptureId));
        });
    }
}
