using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Payments.Tamara.Api.Models;
using Nop.Plugin.Payments.Tamara.Services.Reconciliation;
using NUnit.Framework;
using Nop.Plugin.Payments.Tamara.Tests.Support.AfterSale;

namespace Nop.Plugin.Payments.Tamara.Tests.Services.Reconciliation;

public class ReconciliationTests : ReconciliationFixture
{
    public ReconciliationTests(BackendKind kind) : base(kind)
    {
    }

    [Test]
    public async Task An_order_left_in_approved_is_authorised_by_the_task_alone()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, Placed(AfterSaleOrder.Sar()), TamaraOrderStatus.Approved);

        await harness.Reconciliation.RunAsync();

        Assert.That((await harness.TamaraAsync()).Status, Is.EqualTo(TamaraOrderStatus.Authorised));
        Assert.That(harness.Order.PaymentStatus, Is.EqualTo(PaymentStatus.Authorized));
    }

    [Test]
    public async Task An_order_Tamara_authorised_long_ago_while_it_stayed_pending_here_is_authorised_and_warned_about_in_one_run()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, Placed(AfterSaleOrder.Sar(), daysAgo: 10));
        harness.LoadOrderAsStoredCopies();

        await harness.Reconciliation.RunAsync();

        Assert.That(harness.NotesOf(), Has.One.Contains("Payment marked as authorised"));
        Assert.That(harness.NotesOf(), Has.One.Contains("nothing is captured"));
    }

    [Test]
    public async Task An_old_authorised_order_behind_more_open_orders_than_one_search_page_is_still_reached()
    {
        var harness = await AutoCapturedByTamaraAsync();
        for (var i = 0; i < 1200; i++)
        {
            //recent authorised orders: not due for reading, they only fill the search pages
            var recent = AfterSaleOrder.Sar();
            recent.Order.CreatedOnUtc = DateTime.UtcNow.AddDays(-2);
            recent.Order.AuthorizationTransactionId = Guid.NewGuid().ToString();
            harness.Orders.Add(recent);
        }

        await harness.Reconciliation.RunAsync();

        Assert.That(harness.Order.PaymentStatus, Is.EqualTo(PaymentStatus.Paid));
    }

    [Test]
    public async Task An_order_still_new_at_Tamara_is_read_and_left_pending()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, Placed(AfterSaleOrder.Sar()), TamaraOrderStatus.New);

        await harness.Reconciliation.RunAsync();

        Assert.That((await harness.TamaraAsync()).Status, Is.EqualTo(TamaraOrderStatus.New));
        Assert.That(harness.Order.OrderStatus, Is.EqualTo(OrderStatus.Pending));
        Assert.That(harness.Order.PaymentStatus, Is.EqualTo(PaymentStatus.Pending));
    }

    [Test]
    public async Task An_order_expired_at_Tamara_cancels_the_pending_order()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, Placed(AfterSaleOrder.Kwd()), TamaraOrderStatus.Expired);

        await harness.Reconciliation.RunAsync();

        Assert.That(harness.Order.OrderStatus, Is.EqualTo(OrderStatus.Cancelled));
        Assert.That(harness.Order.PaymentStatus, Is.EqualTo(PaymentStatus.Pending));
        Assert.That(await harness.Records.GetPendingActionsAsync(harness.Order), Is.Empty, "nothing to cancel at Tamara");
    }

    [Test]
    public async Task An_order_Tamara_captured_by_itself_after_21_days_becomes_paid()
    {
        var harness = await AutoCapturedByTamaraAsync();

        await harness.Reconciliation.RunAsync();

        Assert.That((await harness.TamaraAsync()).Status, Is.EqualTo(TamaraOrderStatus.FullyCaptured));
        Assert.That(harness.Order.PaymentStatus, Is.EqualTo(PaymentStatus.Paid));
    }

    [Test]
    public async Task An_order_authorised_for_long_with_nothing_captured_gets_one_warning()
    {
        var order = AfterSaleOrder.Sar();
        order.Order.CreatedOnUtc = DateTime.UtcNow.AddDays(-10);
        var harness = await AfterSaleHarness.CreateAsync(Backend, order);

        await harness.Reconciliation.RunAsync();
        await harness.Attributes.SaveAttributeAsync(harness.Order, TamaraDefaults.OrderAttributes.ReconciledOnUtc, string.Empty);
        await harness.Reconciliation.RunAsync();

        Assert.That(harness.NotesOf().Count(note => note.Contains("nothing is captured")), Is.EqualTo(1));
        Assert.That(harness.Order.PaymentStatus, Is.EqualTo(PaymentStatus.Authorized));
    }

    [Test]
    public async Task A_queued_capture_is_retried_by_the_task()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Sar());
        Backend.Unreachable(TamaraOperation.Capture);
        await harness.ShipmentSentAsync(harness.Test.Ship(3, 1));

        await harness.MakeQueuedActionsDueAsync();
        await harness.Reconciliation.RunAsync();

        Assert.That((await harness.TamaraAsync()).CapturedAmount!.Amount, Is.EqualTo(185.49m));
        Assert.That(harness.Order.PaymentStatus, Is.EqualTo(PaymentStatus.Paid));
    }

    [Test]
    public async Task An_older_approved_order_behind_a_backlog_of_open_orders_is_authorised_within_the_promised_runs()
    {
        var older = Placed(AfterSaleOrder.Sar());
        older.Order.CreatedOnUtc = DateTime.UtcNow.AddDays(-2);
        var harness = await AfterSaleHarness.CreateAsync(Backend, older, TamaraOrderStatus.Approved);
        const int backlog = 3 * ReconciliationService.MAX_ORDERS_PER_RUN;
        for (var i = 0; i < backlog; i++)
            //abandoned sessions, still new at Tamara: due on every run, newer than the approved order
            await harness.AddOrderAsync(Placed(AfterSaleOrder.Kwd()), TamaraOrderStatus.New);

        var promisedRuns = (backlog + 1 + ReconciliationService.MIN_OPEN_ORDERS_PER_RUN - 1) / ReconciliationService.MIN_OPEN_ORDERS_PER_RUN + 1;
        for (var run = 0; run < promisedRuns; run++)
            await harness.Reconciliation.RunAsync();

        Assert.That((await harness.TamaraAsync()).Status, Is.EqualTo(TamaraOrderStatus.Authorised));
        Assert.That(harness.Order.PaymentStatus, Is.EqualTo(PaymentStatus.Authorized));
    }

    [Test]
    public async Task The_task_cancels_an_authorisation_it_finds_on_a_cancelled_pending_order()
    {
        var placed = Placed(AfterSaleOrder.Sar());
        placed.Order.OrderStatus = OrderStatus.Cancelled;
        //the authorisation's answer was lost: the store never heard Tamara authorised it
        var harness = await AfterSaleHarness.CreateAsync(Backend, placed, TamaraOrderStatus.Authorised);
        await harness.Attributes.SaveAttributeAsync(harness.Order, TamaraDefaults.OrderAttributes.Status, nameof(TamaraOrderStatus.Unknown));

        await harness.Reconciliation.RunAsync();

        Assert.That((await harness.TamaraAsync()).Status, Is.EqualTo(TamaraOrderStatus.Canceled));
    }

    [Test]
    public async Task A_cancelled_pending_order_is_read_until_Tamara_expires_it_then_left_alone()
    {
        var placed = Placed(AfterSaleOrder.Sar());
        placed.Order.OrderStatus = OrderStatus.Cancelled;
        var harness = await AfterSaleHarness.CreateAsync(Backend, placed, TamaraOrderStatus.Expired);

        var first = await harness.Reconciliation.RunAsync();
        var second = await harness.Reconciliation.RunAsync();

        Assert.That((first, second), Is.EqualTo((1, 0)), "expired at Tamara: the order leaves the candidate list for good");
    }
}
