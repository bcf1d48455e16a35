using Moq;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Payments.Tamara.Api.Models;
using Nop.Plugin.Payments.Tamara.Tests.Support.AfterSale;
using NUnit.Framework;

namespace Nop.Plugin.Payments.Tamara.Tests.Services.Events;

/// <summary>
/// Void (offline): nopCommerce marks the payment Voided and publishes OrderVoidedEvent without the payment method, so
/// the plugin cancels at Tamara what Tamara still holds (Tamara would capture it 21 days after authorisation)
/// </summary>
public class OrderVoidedTests : AfterSaleFixture
{
    public OrderVoidedTests(BackendKind kind) : base(kind)
    {
    }

    [Test]
    public async Task Void_offline_of_an_authorised_order_cancels_it_at_Tamara()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Sar());

        await harness.VoidOfflineInNopCommerceAsync();

        var tamara = await harness.TamaraAsync();
        Assert.That(tamara.Status, Is.EqualTo(TamaraOrderStatus.Canceled));
        Assert.That(tamara.CanceledAmount!.Amount, Is.EqualTo(185.49m));
        Assert.That(harness.Order.PaymentStatus, Is.EqualTo(PaymentStatus.Voided));
    }

    [Test]
    public async Task Void_offline_that_cannot_reach_Tamara_is_queued_and_cancelled_by_the_task()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Kwd());
        Backend.Unreachable(TamaraOperation.Cancel);

        await harness.VoidOfflineInNopCommerceAsync();
        var statusWhileQueued = (await harness.TamaraAsync()).Status;
        await harness.MakeQueuedActionsDueAsync();
        await harness.Reconciliation.RunAsync();

        Assert.That(statusWhileQueued, Is.EqualTo(TamaraOrderStatus.Authorised));
        Assert.That((await harness.TamaraAsync()).Status, Is.EqualTo(TamaraOrderStatus.Canceled));
        Assert.That(harness.NotesOf(), Has.Some.StartsWith(TamaraDefaults.PendingActionNoteMarker));
    }

    [Test]
    public async Task Void_offline_of_a_partly_captured_order_cancels_the_rest_and_pays_it_through_nopCommerce()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Sar());
        await harness.ShipmentSentAsync(harness.Test.Ship(1, 1));

        await harness.VoidOfflineInNopCommerceAsync();

        var tamara = await harness.TamaraAsync();
        Assert.That(tamara.CanceledAmount!.Amount, Is.EqualTo(185.49m - 103.05m));
        Assert.That(harness.Order.PaymentStatus, Is.EqualTo(PaymentStatus.Paid), "Tamara keeps the captured part: the payment is not void");
        harness.OrderProcessing.Verify(service => service.MarkOrderAsPaidAsync(harness.Order), Times.Once);
    }

    [Test]
    public async Task The_Void_button_cancels_at_Tamara_once_although_nopCommerce_then_publishes_the_voided_event()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Sar());

        var result = await harness.VoidInNopCommerceAsync();
        var notes = harness.NotesOf().Count();
        await harness.Reconciliation.RunAsync();

        Assert.That(result.NewPaymentStatus, Is.EqualTo(PaymentStatus.Voided));
        Assert.That((await harness.TamaraAsync()).Status, Is.EqualTo(TamaraOrderStatus.Canceled));
        Assert.That(await harness.Records.GetPendingActionsAsync(harness.Order), Is.Empty);
        Assert.That(harness.NotesOf().Count(), Is.EqualTo(notes), "the event of the plugin's own void changes nothing, nor does the task");
    }

    [Test]
    public async Task A_void_that_follows_Tamara_s_own_cancel_sends_nothing_more()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Sar());
        await Backend.CreateClient(TamaraBackend.ClientOptions(Backend.BaseUrl, harness.Settings.ApiToken)).Orders
            .CancelAsync(harness.Order.AuthorizationTransactionId, new CancelOrderRequest { TotalAmount = new Money(185.49m, "SAR") });

        await harness.Synchronizer.SyncAsync(harness.Order, Nop.Plugin.Payments.Tamara.Services.Orders.TamaraSyncTrigger.Webhook);

        Assert.That(harness.Order.PaymentStatus, Is.EqualTo(PaymentStatus.Voided));
        Assert.That(harness.NotesOf().Count(note => note.Contains("cancel", StringComparison.OrdinalIgnoreCase)), Is.EqualTo(1), string.Join("\n", harness.NotesOf()));
    }

    [Test]
    public async Task The_task_cancels_at_Tamara_an_order_voided_without_a_cancel()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Sar());
        //voided before this release, or while the plugin was not listening: no event reached the plugin
        harness.Order.PaymentStatus = PaymentStatus.Voided;
        await harness.Reader.ReadAsync(harness.Order);

        await harness.Reconciliation.RunAsync();
        var afterTask = (await harness.TamaraAsync()).Status;

        Assert.That(afterTask, Is.EqualTo(TamaraOrderStatus.Canceled));
    }

    [Test]
    public async Task A_voided_order_that_Tamara_only_approved_is_authorised_and_cancelled_at_once()
    {
        var order = AfterSaleOrder.Sar();
        var harness = await AfterSaleHarness.CreateAsync(Backend, order, TamaraOrderStatus.Approved);

        await harness.VoidOfflineInNopCommerceAsync();

        Assert.That((await harness.TamaraAsync()).Status, Is.EqualTo(TamaraOrderStatus.Canceled));
        Assert.That(harness.Order.OrderStatus, Is.Not.EqualTo(OrderStatus.Pending));
    }
}
