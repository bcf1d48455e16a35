using Nop.Core.Domain.Payments;
using Nop.Plugin.Payments.Tamara.Api.Models;
using NUnit.Framework;
using Nop.Plugin.Payments.Tamara.Tests.Support.AfterSale;

namespace Nop.Plugin.Payments.Tamara.Tests.Services.Events;

public class OrderDeletedTests : AfterSaleFixture
{
    public OrderDeletedTests(BackendKind kind) : base(kind)
    {
    }

    [Test]
    public async Task Deleting_an_authorised_order_cancels_it_at_Tamara()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Sar());

        await harness.DeleteInNopCommerceAsync();

        var tamara = await harness.TamaraAsync();
        Assert.That(tamara.Status, Is.EqualTo(TamaraOrderStatus.Canceled));
        Assert.That(tamara.CanceledAmount!.Amount, Is.EqualTo(185.49m));
    }

    [Test]
    public async Task Deleting_a_partly_captured_order_cancels_only_what_is_not_captured()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Sar());
        await harness.ShipmentSentAsync(harness.Test.Ship(1, 1));

        await harness.DeleteInNopCommerceAsync();

        var tamara = await harness.TamaraAsync();
        Assert.That(tamara.CapturedAmount!.Amount, Is.EqualTo(103.05m));
        Assert.That(tamara.CanceledAmount!.Amount, Is.EqualTo(185.49m - 103.05m));
    }

    [Test]
    public async Task A_deleted_order_whose_cancel_could_not_reach_Tamara_is_cancelled_by_the_task()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Kwd());
        Backend.Unreachable(TamaraOperation.Cancel);

        await harness.DeleteInNopCommerceAsync();
        var statusWhileQueued = (await harness.TamaraAsync()).Status;
        await harness.MakeQueuedActionsDueAsync();
        await harness.Reconciliation.RunAsync();
        await harness.Reconciliation.RunAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(statusWhileQueued, Is.EqualTo(TamaraOrderStatus.Authorised));
            Assert.That((await harness.TamaraAsync()).Status, Is.EqualTo(TamaraOrderStatus.Canceled));
            Assert.That(harness.StoreSettings[TamaraDefaults.DeletedOrdersSettingKey], Is.Empty, "no longer watched once Tamara holds nothing");
        });
    }

    [Test]
    public async Task Deleting_an_order_that_Tamara_only_approved_authorises_and_cancels_it_at_once()
    {
        var order = AfterSaleOrder.Sar();
        order.Order.PaymentStatus = PaymentStatus.Pending;
        var harness = await AfterSaleHarness.CreateAsync(Backend, order, TamaraOrderStatus.Approved);

        await harness.DeleteInNopCommerceAsync();

        Assert.That((await harness.TamaraAsync()).Status, Is.EqualTo(TamaraOrderStatus.Canceled), "no order is left in approved");
        Assert.That(harness.StoreSettings.GetValueOrDefault(TamaraDefaults.DeletedOrdersSettingKey, string.Empty), Is.Empty);
    }

    [Test]
    public async Task A_deleted_approved_order_whose_cancel_cannot_reach_Tamara_is_watched_and_cancelled_by_the_task()
    {
        var order = AfterSaleOrder.Sar();
        order.Order.PaymentStatus = PaymentStatus.Pending;
        var harness = await AfterSaleHarness.CreateAsync(Backend, order, TamaraOrderStatus.Approved);
        Backend.Unreachable(TamaraOperation.Cancel);

        await harness.DeleteInNopCommerceAsync();
        var watched = harness.StoreSettings[TamaraDefaults.DeletedOrdersSettingKey];
        await harness.MakeQueuedActionsDueAsync();
        await harness.Reconciliation.RunAsync();

        Assert.That(watched, Is.EqualTo(harness.Order.Id.ToString()));
        Assert.That((await harness.TamaraAsync()).Status, Is.EqualTo(TamaraOrderStatus.Canceled));
    }
}
