using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Payments.Tamara.Api.Models;
using Nop.Plugin.Payments.Tamara.Services.Reconciliation;
using NUnit.Framework;
using Nop.Plugin.Payments.Tamara.Tests.Support.AfterSale;

namespace Nop.Plugin.Payments.Tamara.Tests.Services.Reconciliation;

/// <summary>
/// What only the in-memory Tamara can show: the reads Tamara received
/// </summary>
[TestFixture(BackendKind.Fake)]
public class ReconciliationWithInMemoryTamaraTests : ReconciliationFixture
{
    public ReconciliationWithInMemoryTamaraTests(BackendKind kind) : base(kind)
    {
    }

    [Test]
    public async Task An_order_Tamara_does_not_know_is_noted_once_and_read_again_less_and_less_often()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, Placed(AfterSaleOrder.Sar()), TamaraOrderStatus.New);
        harness.Order.AuthorizationTransactionId = Guid.NewGuid().ToString();
        var reads = () => ((FakeBackend)Backend).Tamara.Reads;

        for (var run = 0; run < 3; run++)
            await harness.Reconciliation.RunAsync();
        var readsInThreeRuns = reads();
        //an hour and a bit later
        await harness.Attributes.SaveAttributeAsync(harness.Order, TamaraDefaults.OrderAttributes.ReconciledOnUtc, DateTime.UtcNow.AddMinutes(-61));
        await harness.Reconciliation.RunAsync();
        var readsAfterAnHour = reads();
        await harness.Attributes.SaveAttributeAsync(harness.Order, TamaraDefaults.OrderAttributes.ReconciledOnUtc, DateTime.UtcNow.AddMinutes(-61));
        await harness.Reconciliation.RunAsync();

        Assert.That((readsInThreeRuns, readsAfterAnHour, reads()), Is.EqualTo((1, 2, 2)), "then two hours apart, four, ... at most a week");
        Assert.That(harness.NotesOf(), Has.One.Contains("Tamara does not know order"));
    }

    [Test]
    public async Task A_recent_authorised_order_is_not_read_again()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Sar());

        var taken = await harness.Reconciliation.RunAsync();

        Assert.That(taken, Is.Zero);
        Assert.That(((FakeBackend)Backend).Tamara.Reads, Is.Zero);
    }

    [Test]
    public async Task One_run_takes_up_at_most_fifty_orders_with_Tamara()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, Placed(AfterSaleOrder.Sar()), TamaraOrderStatus.New);
        for (var i = 0; i < 60; i++)
            await harness.AddOrderAsync(Placed(AfterSaleOrder.Sar()), TamaraOrderStatus.New);

        var taken = await harness.Reconciliation.RunAsync();

        Assert.That(taken, Is.EqualTo(ReconciliationService.MAX_ORDERS_PER_RUN));
        Assert.That(((FakeBackend)Backend).Tamara.Reads, Is.EqualTo(ReconciliationService.MAX_ORDERS_PER_RUN));
    }

    [Test]
    public async Task Cancelled_orders_Tamara_expired_do_not_use_up_the_run()
    {
        var harness = await AutoCapturedByTamaraAsync();
        for (var i = 0; i < ReconciliationService.MAX_ORDERS_PER_RUN; i++)
        {
            //abandoned checkouts: Tamara expired them and the plugin cancelled them, their payment stays pending
            var abandoned = await harness.AddOrderAsync(Placed(AfterSaleOrder.Sar()), TamaraOrderStatus.Expired);
            abandoned.Order.OrderStatus = OrderStatus.Cancelled;
            await harness.Attributes.SaveAttributeAsync(abandoned.Order, TamaraDefaults.OrderAttributes.Status, nameof(TamaraOrderStatus.Expired));
        }

        await harness.Reconciliation.RunAsync();

        Assert.That(harness.Order.PaymentStatus, Is.EqualTo(PaymentStatus.Paid));
        Assert.That(((FakeBackend)Backend).Tamara.Reads, Is.EqualTo(1));
    }
}
