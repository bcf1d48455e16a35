using Nop.Core.Domain.Payments;
using Nop.Plugin.Payments.Tamara.Api.Models;
using Nop.Plugin.Payments.Tamara.Services.AfterSale;
using Nop.Plugin.Payments.Tamara.Services.Orders;
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
}
