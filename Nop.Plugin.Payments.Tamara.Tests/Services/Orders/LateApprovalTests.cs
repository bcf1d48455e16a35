using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Payments.Tamara.Api.Models;
using Nop.Plugin.Payments.Tamara.Services.Orders;
using Nop.Plugin.Payments.Tamara.Tests.Support.AfterSale;
using NUnit.Framework;

namespace Nop.Plugin.Payments.Tamara.Tests.Services.Orders;

/// <summary>
/// Tamara's order status flow: an order must not be left in approved (the shopper has paid the first instalment).
/// An approval that meets an order the store no longer wants, or a checkout session the store no longer acts on, is
/// authorised and cancelled at once.
/// </summary>
public class LateApprovalTests : AfterSaleFixture
{
    public LateApprovalTests(BackendKind kind) : base(kind)
    {
    }

    private static AfterSaleOrder CancelledPending()
    {
        var order = AfterSaleOrder.Sar();
        order.Order.OrderStatus = OrderStatus.Cancelled;
        order.Order.PaymentStatus = PaymentStatus.Pending;
        return order;
    }

    /// <summary>
    /// An order acted on through its current session (authorised), whose earlier session Tamara approved afterwards
    /// </summary>
    private async Task<(AfterSaleHarness Harness, string Earlier, string Current)> AuthorisedWithAnEarlierApprovedSessionAsync()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Sar());
        var current = harness.Order.AuthorizationTransactionId;
        var earlier = await Backend.CreateOrderAsync(harness.Test, TamaraOrderStatus.Approved);
        await harness.Attributes.SaveAttributeAsync(harness.Order, TamaraDefaults.OrderAttributes.TamaraOrderIds, $"{earlier},{current}");

        return (harness, earlier, current);
    }

    [TestCase(TamaraSyncTrigger.Webhook)]
    [TestCase(TamaraSyncTrigger.ReturnRoute)]
    [TestCase(TamaraSyncTrigger.ScheduleTask)]
    [TestCase(TamaraSyncTrigger.Manual)]
    public async Task A_late_approval_of_a_cancelled_order_is_authorised_and_cancelled_at_once(TamaraSyncTrigger trigger)
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, CancelledPending(), TamaraOrderStatus.Approved);

        await harness.Synchronizer.SyncAsync(harness.Order, trigger);

        var tamara = await harness.TamaraAsync();
        Assert.That(tamara.Status, Is.EqualTo(TamaraOrderStatus.Canceled));
        Assert.That(tamara.CanceledAmount!.Amount, Is.EqualTo(185.49m));
        Assert.That(harness.NotesOf(), Has.Some.Contains("authorised and cancelled at once"));
        Assert.That(harness.Order.OrderStatus, Is.EqualTo(OrderStatus.Cancelled));
    }

    [Test]
    public async Task A_late_approval_of_a_cancelled_order_whose_cancel_cannot_reach_Tamara_is_cancelled_by_the_task()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, CancelledPending(), TamaraOrderStatus.Approved);
        Backend.Unreachable(TamaraOperation.Cancel);

        await harness.Synchronizer.SyncAsync(harness.Order, TamaraSyncTrigger.Webhook);
        var whileQueued = (await harness.TamaraAsync()).Status;
        await harness.MakeQueuedActionsDueAsync();
        await harness.Reconciliation.RunAsync();

        Assert.That(whileQueued, Is.EqualTo(TamaraOrderStatus.Authorised));
        Assert.That((await harness.TamaraAsync()).Status, Is.EqualTo(TamaraOrderStatus.Canceled));
    }

    [Test]
    public async Task An_earlier_session_approved_after_another_was_authorised_is_authorised_and_cancelled_never_captured()
    {
        var (harness, earlier, current) = await AuthorisedWithAnEarlierApprovedSessionAsync();

        await harness.Synchronizer.SyncAsync(harness.Order, TamaraSyncTrigger.Webhook, tamaraOrderId: earlier);
        await harness.ShipmentSentAsync(harness.Test.Ship(harness.Test.Items.Select(item => item.Quantity).ToArray()));

        var client = Backend.CreateClient(TamaraBackend.ClientOptions(Backend.BaseUrl, harness.Settings.ApiToken));
        var stray = await client.Orders.GetAsync(earlier);
        Assert.That(stray.Status, Is.EqualTo(TamaraOrderStatus.Canceled));
        Assert.That(stray.CapturedAmount?.Amount ?? 0, Is.Zero);
        Assert.That(harness.Order.AuthorizationTransactionId, Is.EqualTo(current));
        Assert.That((await client.Orders.GetAsync(current)).Status, Is.EqualTo(TamaraOrderStatus.FullyCaptured));
        Assert.That(harness.NotesOf(), Has.Some.Contains(earlier));
    }

    [Test]
    public async Task An_earlier_session_whose_release_cannot_reach_Tamara_is_released_by_the_task()
    {
        var (harness, earlier, current) = await AuthorisedWithAnEarlierApprovedSessionAsync();
        Backend.Unreachable(TamaraOperation.Cancel);

        await harness.Synchronizer.SyncAsync(harness.Order, TamaraSyncTrigger.Webhook, tamaraOrderId: earlier);
        await harness.MakeQueuedActionsDueAsync();
        await harness.Reconciliation.RunAsync();

        var client = Backend.CreateClient(TamaraBackend.ClientOptions(Backend.BaseUrl, harness.Settings.ApiToken));
        Assert.That((await client.Orders.GetAsync(earlier)).Status, Is.EqualTo(TamaraOrderStatus.Canceled));
        Assert.That((await client.Orders.GetAsync(current)).Status, Is.EqualTo(TamaraOrderStatus.Authorised));
    }
}
