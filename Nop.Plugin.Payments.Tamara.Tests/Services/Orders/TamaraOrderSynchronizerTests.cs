using Moq;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Payments.Tamara.Api.Models;
using Nop.Plugin.Payments.Tamara.Services.Orders;
using Nop.Plugin.Payments.Tamara.Tests.Support;
using NUnit.Framework;
using Tamara.Emulator.Control;
using Tamara.Emulator.Faults;

namespace Nop.Plugin.Payments.Tamara.Tests.Services.Orders;

[TestFixture]
public class TamaraOrderSynchronizerTests : EmulatorTestBase
{
    private TamaraOrderSynchronizer Synchronizer => Nop.CreateSynchronizer(ClientFactory);

    private async Task<(Order Order, string TamaraOrderId)> PlaceAsync()
    {
        var order = CheckoutOrders.AddSarOrder(Nop);
        var result = await Nop.CreateCheckoutService(ClientFactory).StartCheckoutAsync(order, isMobile: false);
        Assert.That(result.Success, Is.True, result.Error);
        order = Nop.GetOrder(order.Id);

        return (order, order.AuthorizationTransactionId);
    }

    [Test]
    public async Task Approved_order_is_authorised_at_Tamara_and_marked_authorized()
    {
        var (order, tamaraOrderId) = await PlaceAsync();
        Tamara.Approve(tamaraOrderId);

        var result = await Synchronizer.SyncAsync(order, TamaraSyncTrigger.Webhook);

        Assert.Multiple(() =>
        {
            Assert.That(result, Is.EqualTo(new TamaraSyncResult(TamaraSyncOutcome.Synced, TamaraOrderStatus.Authorised)));
            Assert.That(Tamara.GetOrder(tamaraOrderId).Status, Is.EqualTo("authorised"));
            Assert.That(Nop.GetOrder(order.Id).PaymentStatus, Is.EqualTo(PaymentStatus.Authorized));
            Assert.That(Nop.GetAttribute(order, TamaraDefaults.OrderAttributes.Status), Is.EqualTo(nameof(TamaraOrderStatus.Authorised)));
            Assert.That(Nop.GetAttribute(order, TamaraDefaults.OrderAttributes.PaymentType), Is.EqualTo(nameof(TamaraPaymentType.PayByInstalments)));
            Assert.That(Nop.NotesOf(order.Id), Has.Some.Contains("authorised (Webhook)"));
        });
        Nop.OrderProcessing.Verify(service => service.MarkAsAuthorizedAsync(It.IsAny<Order>()), Times.Once);
    }

    [Test]
    public async Task Order_Tamara_captures_at_authorise_is_marked_paid()
    {
        Tamara.ChangeSettings(new EmulatorSettings(AutoCaptureAtAuthorise: true));
        var (order, tamaraOrderId) = await PlaceAsync();
        Tamara.Approve(tamaraOrderId);

        var result = await Synchronizer.SyncAsync(order, TamaraSyncTrigger.ReturnRoute);

        var stored = Nop.GetOrder(order.Id);
        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(TamaraOrderStatus.FullyCaptured));
            Assert.That(stored.PaymentStatus, Is.EqualTo(PaymentStatus.Paid));
            Assert.That(stored.CaptureTransactionId, Is.Not.Empty);
        });
        Nop.OrderProcessing.Verify(service => service.MarkOrderAsPaidAsync(It.IsAny<Order>()), Times.Once);
        Nop.OrderProcessing.Verify(service => service.MarkAsAuthorizedAsync(It.IsAny<Order>()), Times.Never);
    }

    [Test]
    public async Task Declined_order_that_was_never_authorised_is_cancelled()
    {
        var (order, tamaraOrderId) = await PlaceAsync();
        Tamara.Decline(tamaraOrderId);

        await Synchronizer.SyncAsync(order, TamaraSyncTrigger.Webhook);

        Assert.That(Nop.GetOrder(order.Id).OrderStatus, Is.EqualTo(OrderStatus.Cancelled));
        Assert.That(Nop.NotesOf(order.Id), Has.Some.Contains("Declined"));
    }

    [Test]
    public async Task Expired_order_that_was_never_authorised_is_cancelled()
    {
        var (order, tamaraOrderId) = await PlaceAsync();
        Tamara.Expire(tamaraOrderId);

        await Synchronizer.SyncAsync(order, TamaraSyncTrigger.ScheduleTask);

        Assert.That(Nop.GetOrder(order.Id).OrderStatus, Is.EqualTo(OrderStatus.Cancelled));
    }

    [Test]
    public async Task New_order_changes_nothing()
    {
        var (order, _) = await PlaceAsync();

        var result = await Synchronizer.SyncAsync(order, TamaraSyncTrigger.ReturnRoute);

        var stored = Nop.GetOrder(order.Id);
        Assert.That(result.Status, Is.EqualTo(TamaraOrderStatus.New));
        Assert.That((stored.OrderStatus, stored.PaymentStatus), Is.EqualTo((OrderStatus.Pending, PaymentStatus.Pending)));
    }

    [Test]
    public async Task Ten_duplicate_syncs_authorise_once_and_change_the_order_once()
    {
        var (order, tamaraOrderId) = await PlaceAsync();
        Tamara.Approve(tamaraOrderId);

        for (var i = 0; i < 10; i++)
            await Synchronizer.SyncAsync(Nop.GetOrder(order.Id), TamaraSyncTrigger.Webhook);

        Assert.That(AuthoriseCalls(tamaraOrderId), Is.EqualTo(1));
        Nop.OrderProcessing.Verify(service => service.MarkAsAuthorizedAsync(It.IsAny<Order>()), Times.Once);
        Assert.That(Nop.NotesOf(order.Id).Count(note => note.StartsWith("Payment marked as authorised")), Is.EqualTo(1));
    }

    [Test]
    public async Task Fifty_concurrent_syncs_authorise_once_and_the_others_are_told_to_come_back()
    {
        var (order, tamaraOrderId) = await PlaceAsync();
        Tamara.Approve(tamaraOrderId);

        var results = await Task.WhenAll(Enumerable.Range(0, 50)
            .Select(_ => Task.Run(() => Nop.CreateSynchronizer(ClientFactory).SyncAsync(Nop.GetOrder(order.Id), TamaraSyncTrigger.Webhook))));

        Assert.Multiple(() =>
        {
            Assert.That(AuthoriseCalls(tamaraOrderId), Is.EqualTo(1));
            Assert.That(results.Select(result => result.Outcome), Is.All.AnyOf(TamaraSyncOutcome.Synced, TamaraSyncOutcome.Busy));
            Assert.That(results.Count(result => result.Outcome == TamaraSyncOutcome.Busy), Is.EqualTo(Nop.Locker.Refusals));
            Assert.That(Nop.GetOrder(order.Id).PaymentStatus, Is.EqualTo(PaymentStatus.Authorized));
        });
        Nop.OrderProcessing.Verify(service => service.MarkAsAuthorizedAsync(It.IsAny<Order>()), Times.Once);
    }

    [Test]
    public async Task A_409_on_authorise_is_read_again_rather_than_failed_and_the_next_sync_authorises()
    {
        var (order, tamaraOrderId) = await PlaceAsync();
        Tamara.Approve(tamaraOrderId);
        Tamara.InjectFault(EmulatedEndpoint.Authorise, FaultMode.Conflict);

        var first = await Synchronizer.SyncAsync(order, TamaraSyncTrigger.Webhook);
        var afterConflict = Nop.GetOrder(order.Id).PaymentStatus;
        var second = await Synchronizer.SyncAsync(Nop.GetOrder(order.Id), TamaraSyncTrigger.Webhook);

        Assert.Multiple(() =>
        {
            Assert.That(first, Is.EqualTo(new TamaraSyncResult(TamaraSyncOutcome.Synced, TamaraOrderStatus.Approved)));
            Assert.That(afterConflict, Is.EqualTo(PaymentStatus.Pending));
            Assert.That(second.Status, Is.EqualTo(TamaraOrderStatus.Authorised));
            Assert.That(Nop.GetOrder(order.Id).PaymentStatus, Is.EqualTo(PaymentStatus.Authorized));
        });
    }

    [Test]
    public async Task Order_already_authorised_at_Tamara_is_marked_authorized_without_authorising_again()
    {
        var (order, tamaraOrderId) = await PlaceAsync();
        Tamara.Approve(tamaraOrderId);
        await MerchantClient().Orders.AuthoriseAsync(tamaraOrderId);

        var result = await Synchronizer.SyncAsync(order, TamaraSyncTrigger.ScheduleTask);

        Assert.That(result.Status, Is.EqualTo(TamaraOrderStatus.Authorised));
        Assert.That(AuthoriseCalls(tamaraOrderId), Is.Zero);
        Assert.That(Nop.GetOrder(order.Id).PaymentStatus, Is.EqualTo(PaymentStatus.Authorized));
    }

    [Test]
    public async Task Order_cancelled_at_Tamara_after_authorising_is_voided()
    {
        var (order, tamaraOrderId) = await PlaceAsync();
        Tamara.Approve(tamaraOrderId);
        await Synchronizer.SyncAsync(order, TamaraSyncTrigger.Webhook);
        await MerchantClient().Orders.CancelAsync(tamaraOrderId, new CancelOrderRequest { TotalAmount = new Money(271m, "SAR") });

        await Synchronizer.SyncAsync(Nop.GetOrder(order.Id), TamaraSyncTrigger.Webhook);

        Assert.That(Nop.GetOrder(order.Id).PaymentStatus, Is.EqualTo(PaymentStatus.Voided));
    }

    [Test]
    public async Task Tamara_out_of_reach_changes_nothing_and_says_so()
    {
        var (order, tamaraOrderId) = await PlaceAsync();
        Tamara.Approve(tamaraOrderId);
        Tamara.InjectFault(EmulatedEndpoint.GetOrder, FaultMode.InternalServerError, count: 10);

        var result = await Synchronizer.SyncAsync(order, TamaraSyncTrigger.Webhook);

        Assert.That(result.Outcome, Is.EqualTo(TamaraSyncOutcome.TamaraUnavailable));
        Assert.That(Nop.GetOrder(order.Id).PaymentStatus, Is.EqualTo(PaymentStatus.Pending));
        Assert.That(AuthoriseCalls(tamaraOrderId), Is.Zero);
    }

    [Test]
    public async Task Order_without_Tamara_order_is_not_synchronised()
    {
        var order = CheckoutOrders.AddSarOrder(Nop);

        var result = await Synchronizer.SyncAsync(order, TamaraSyncTrigger.Manual);

        Assert.That(result.Outcome, Is.EqualTo(TamaraSyncOutcome.NoTamaraOrder));
    }
}
