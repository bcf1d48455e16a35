using FsCheck;
using FsCheck.Fluent;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Payments.Tamara.Api.Models;
using Nop.Plugin.Payments.Tamara.Services.Reconciliation;
using NUnit.Framework;
using Nop.Plugin.Payments.Tamara.Tests.Support.AfterSale;
using Nop.Plugin.Payments.Tamara.Tests.Support.Generated;

namespace Nop.Plugin.Payments.Tamara.Tests.Services.Reconciliation;

/// <summary>
/// A generated backlog of open orders in random Tamara states: the task reconciles every one within the promised number
/// of runs, however many there are (seeded: see <see cref="Seeded"/>)
/// </summary>
public class ReconciliationBacklogPropertyTests : ReconciliationFixture
{
    private readonly BackendKind _kind;

    public ReconciliationBacklogPropertyTests(BackendKind kind) : base(kind)
    {
        _kind = kind;
    }

    /// <summary>
    /// Where an open order stands when the task first meets it
    /// </summary>
    public enum BacklogState
    {
        /// <summary>Still new at Tamara (an abandoned checkout): read every run, stays pending</summary>
        New,
        /// <summary>Approved, the notification lost: the task authorises it</summary>
        Approved,
        /// <summary>Authorised at Tamara, the store never heard: marked authorised</summary>
        AuthorisedUnheard,
        /// <summary>Expired at Tamara: the order is cancelled</summary>
        Expired,
        /// <summary>Declined at Tamara: the order is cancelled</summary>
        Declined,
        /// <summary>Authorised three weeks ago, nothing captured: read because auto-capture is near</summary>
        OldAuthorised
    }

    public sealed record BacklogOrder(BacklogState State, int MinutesOld);

    private static AfterSaleOrder Build(BacklogOrder generated)
    {
        var order = generated.State == BacklogState.OldAuthorised ? AfterSaleOrder.Kwd() : Placed(AfterSaleOrder.Kwd());
        order.Order.CreatedOnUtc = DateTime.UtcNow.AddMinutes(-30 - generated.MinutesOld);
        if (generated.State == BacklogState.OldAuthorised)
            order.Order.CreatedOnUtc = DateTime.UtcNow.AddDays(-21).AddMinutes(-generated.MinutesOld % 1000);

        return order;
    }

    private static TamaraOrderStatus TamaraStatusOf(BacklogState state) => state switch
    {
        BacklogState.New => TamaraOrderStatus.New,
        BacklogState.Approved => TamaraOrderStatus.Approved,
        BacklogState.Expired => TamaraOrderStatus.Expired,
        BacklogState.Declined => TamaraOrderStatus.Declined,
        _ => TamaraOrderStatus.Authorised
    };

    private static bool IsReconciled(AfterSaleHarness harness, AfterSaleOrder order, BacklogState state)
    {
        var read = harness.Attributes.Find(order.Order, TamaraDefaults.OrderAttributes.ReconciledOnUtc) is not null;

        return state switch
        {
            BacklogState.New => read && order.Order.PaymentStatus == PaymentStatus.Pending,
            BacklogState.Approved or BacklogState.AuthorisedUnheard => order.Order.PaymentStatus == PaymentStatus.Authorized,
            BacklogState.Expired or BacklogState.Declined => order.Order.OrderStatus == OrderStatus.Cancelled,
            _ => read
        };
    }

    private async Task ReconcileBacklogAsync(IReadOnlyList<BacklogOrder> backlog)
    {
        await using var backend = await TamaraBackend.StartAsync(_kind);
        AfterSaleHarness? harness = null;
        var orders = new List<(AfterSaleOrder Order, BacklogState State)>();
        foreach (var generated in backlog)
        {
            var order = Build(generated);
            if (harness is null)
                harness = await AfterSaleHarness.CreateAsync(backend, order, TamaraStatusOf(generated.State));
            else
                await harness.AddOrderAsync(order, TamaraStatusOf(generated.State));
            orders.Add((order, generated.State));
        }

        var promisedRuns = (backlog.Count + ReconciliationService.MIN_OPEN_ORDERS_PER_RUN - 1) / ReconciliationService.MIN_OPEN_ORDERS_PER_RUN + 1;
        for (var run = 0; run < promisedRuns; run++)
            await harness!.Reconciliation.RunAsync();

        var left = orders.Where(entry => !IsReconciled(harness!, entry.Order, entry.State)).ToList();
        Assert.That(left, Is.Empty,
            $"{left.Count} of {backlog.Count} orders not reconciled within {promisedRuns} runs, e.g. {string.Join(", ", left.Take(5).Select(entry => $"#{entry.Order.Order.Id} {entry.State}"))}");
    }

    [Test]
    public void Every_open_order_of_a_generated_backlog_is_reconciled_within_the_promised_number_of_runs()
    {
        //thousands in memory; a few hundred through the emulator's HTTP API keep the run short
        var size = _kind == BackendKind.Fake ? Gen.Choose(2000, 3500) : Gen.Choose(200, 300);
        var orderGen = Gen.Elements(Enum.GetValues<BacklogState>())
            .SelectMany(_ => Gen.Choose(0, 60 * 24 * 60), (state, minutes) => new BacklogOrder(state, minutes));
        var backlogGen = size.SelectMany(count => orderGen.ArrayOf(count), (_, orders) => orders);

        Seeded.ForEach(Seeded.Cases(backlogGen, 1), backlog => ReconcileBacklogAsync(backlog).GetAwaiter().GetResult());
    }
}
