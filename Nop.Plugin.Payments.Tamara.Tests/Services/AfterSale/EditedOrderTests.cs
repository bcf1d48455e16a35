using Nop.Core.Domain.Payments;
using Nop.Plugin.Payments.Tamara.Api.Models;
using NUnit.Framework;
using Nop.Plugin.Payments.Tamara.Tests.Support.AfterSale;

namespace Nop.Plugin.Payments.Tamara.Tests.Services.AfterSale;

/// <summary>
/// Orders an admin edited after placement, below the amount Tamara authorised
/// </summary>
public class EditedOrderTests : AfterSaleFixture
{
    public EditedOrderTests(BackendKind kind) : base(kind)
    {
    }

    /// <summary>
    /// The 185.49 SAR order, its shipping lowered from 20 to 12.50 SAR after Tamara authorised 185.49
    /// </summary>
    private static async Task<AfterSaleHarness> EditedBelowTamaraAsync(TamaraBackend backend)
    {
        var harness = await AfterSaleHarness.CreateAsync(backend, AfterSaleOrder.Sar());
        harness.Order.OrderShippingExclTax = harness.Order.OrderShippingInclTax = 12.50m;
        harness.Order.OrderTotal = 177.99m;
        return harness;
    }

    [Test]
    public async Task The_last_shipment_of_an_order_edited_below_Tamaras_amount_cancels_the_difference_and_the_order_is_paid()
    {
        var harness = await EditedBelowTamaraAsync(Backend);

        await harness.ShipmentSentAsync(harness.Test.Ship(3, 1));

        var tamara = await harness.TamaraAsync();
        Assert.Multiple(() =>
        {
            Assert.That(tamara.CapturedAmount!.Amount, Is.EqualTo(177.99m));
            Assert.That(tamara.CanceledAmount!.Amount, Is.EqualTo(7.50m));
            Assert.That(tamara.Status, Is.EqualTo(TamaraOrderStatus.FullyCaptured));
            Assert.That(harness.Order.PaymentStatus, Is.EqualTo(PaymentStatus.Paid));
        });
    }

    [Test]
    public async Task An_order_edited_below_Tamaras_amount_keeps_the_difference_open_while_something_can_still_ship()
    {
        var harness = await EditedBelowTamaraAsync(Backend);

        await harness.ShipmentSentAsync(harness.Test.Ship(1, 1));

        var tamara = await harness.TamaraAsync();
        Assert.That(tamara.CanceledAmount?.Amount ?? 0, Is.Zero);
        Assert.That(harness.Order.PaymentStatus, Is.EqualTo(PaymentStatus.Authorized));
    }

    [Test]
    public async Task A_queued_last_capture_of_an_edited_order_cancels_the_difference_when_the_retry_makes_it()
    {
        var harness = await EditedBelowTamaraAsync(Backend);
        Backend.Unreachable(TamaraOperation.Capture);

        await harness.ShipmentSentAsync(harness.Test.Ship(3, 1));
        await harness.MakeQueuedActionsDueAsync();
        await harness.Retry.RetryDueAsync(harness.Order);

        var tamara = await harness.TamaraAsync();
        Assert.That(tamara.CanceledAmount!.Amount, Is.EqualTo(7.50m));
        Assert.That(harness.Order.PaymentStatus, Is.EqualTo(PaymentStatus.Paid));
    }

    [Test]
    public async Task An_order_without_shipping_edited_below_Tamaras_amount_is_captured_and_the_difference_cancelled_once_authorised()
    {
        var order = AfterSaleOrder.Sar();
        order.Order.PaymentStatus = PaymentStatus.Pending;
        order.Order.ShippingStatus = Nop.Core.Domain.Shipping.ShippingStatus.ShippingNotRequired;
        var harness = await AfterSaleHarness.CreateAsync(Backend, order, TamaraOrderStatus.Approved);
        harness.Order.OrderShippingExclTax = harness.Order.OrderShippingInclTax = 12.50m;
        harness.Order.OrderTotal = 177.99m;

        await harness.Synchronizer.SyncAsync(harness.Order, Nop.Plugin.Payments.Tamara.Services.Orders.TamaraSyncTrigger.Webhook);

        var tamara = await harness.TamaraAsync();
        Assert.That((tamara.CapturedAmount!.Amount, tamara.CanceledAmount!.Amount), Is.EqualTo((177.99m, 7.50m)));
        Assert.That(harness.Order.PaymentStatus, Is.EqualTo(PaymentStatus.Paid));
    }
}
