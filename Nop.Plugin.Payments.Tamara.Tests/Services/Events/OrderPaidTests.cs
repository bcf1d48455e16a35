using Nop.Core.Domain.Payments;
using Nop.Plugin.Payments.Tamara.Api.Models;
using Nop.Plugin.Payments.Tamara.Tests.Support.AfterSale;
using NUnit.Framework;

namespace Nop.Plugin.Payments.Tamara.Tests.Services.Events;

/// <summary>
/// Mark as paid: nopCommerce marks the order paid without the payment method, so the store owner is told what Tamara
/// still holds, and an approval is authorised, never left waiting; the plugin's own paid orders get no such note
/// </summary>
public class OrderPaidTests : AfterSaleFixture
{
    private const string MARKED_BY_HAND = "marked as paid in nopCommerce";

    public OrderPaidTests(BackendKind kind) : base(kind)
    {
    }

    [Test]
    public async Task Marking_an_authorised_order_paid_by_hand_notes_that_Tamara_settles_only_what_is_captured()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Sar());

        await harness.OrderProcessing.Object.MarkOrderAsPaidAsync(harness.Order);

        Assert.That(harness.NotesOf(), Has.One.Contains(MARKED_BY_HAND));
    }

    [Test]
    public async Task An_order_paid_because_its_shipments_were_captured_gets_no_such_note()
    {
        var harness = await PaidOrderAsync(Backend);

        Assert.That(harness.NotesOf(), Has.None.Contains(MARKED_BY_HAND));
    }

    [Test]
    public async Task An_order_Tamara_captured_by_itself_gets_no_such_note_when_the_sync_marks_it_paid()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Sar());
        Backend.AutoCapture(harness.Order.AuthorizationTransactionId);

        await harness.Synchronizer.SyncAsync(harness.Order, Nop.Plugin.Payments.Tamara.Services.Orders.TamaraSyncTrigger.ScheduleTask);

        Assert.That(harness.Order.PaymentStatus, Is.EqualTo(Nop.Core.Domain.Payments.PaymentStatus.Paid));
        Assert.That(harness.NotesOf(), Has.None.Contains(MARKED_BY_HAND));
    }

    private static AfterSaleOrder PendingOrder()
    {
        var order = AfterSaleOrder.Sar();
        order.Order.PaymentStatus = PaymentStatus.Pending;
        return order;
    }

    [Test]
    public async Task Marking_an_order_paid_by_hand_while_Tamara_only_approved_it_authorises_it_at_once()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, PendingOrder(), TamaraOrderStatus.Approved);

        await harness.OrderProcessing.Object.MarkOrderAsPaidAsync(harness.Order);

        Assert.That((await harness.TamaraAsync()).Status, Is.EqualTo(TamaraOrderStatus.Authorised));
        Assert.That(harness.Order.PaymentStatus, Is.EqualTo(PaymentStatus.Paid));
    }

    [Test]
    public async Task An_order_marked_paid_by_hand_whose_authorisation_could_not_reach_Tamara_is_authorised_by_the_task()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, PendingOrder(), TamaraOrderStatus.Approved);
        Backend.Unreachable(TamaraOperation.Authorise);

        await harness.OrderProcessing.Object.MarkOrderAsPaidAsync(harness.Order);
        var whileUnreachable = (await harness.TamaraAsync()).Status;
        await harness.Reconciliation.RunAsync();

        Assert.That(whileUnreachable, Is.EqualTo(TamaraOrderStatus.Approved));
        Assert.That((await harness.TamaraAsync()).Status, Is.EqualTo(TamaraOrderStatus.Authorised));
        Assert.That(harness.Order.PaymentStatus, Is.EqualTo(PaymentStatus.Paid));
    }
}
