using BenchmarkDotNet.Attributes;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Payments.Tamara;
using Nop.Plugin.Payments.Tamara.Api.Models;
using Nop.Plugin.Payments.Tamara.Services.Reconciliation;
using Nop.Plugin.Payments.Tamara.Tests.Support.AfterSale;

namespace Tamara.Benchmarks;

/// <summary>
/// One run of the reconciliation task (its public entry point, RunAsync) over 1,000 and 10,000 open orders: nopCommerce
/// orders still pending payment whose Tamara checkout is open (new), the orders the task reads at every run. nopCommerce's
/// side is the after-sale test harness in memory; Tamara is the emulator on loopback.
/// </summary>
[OneShotInProcessJob]
public class ReconciliationBenchmarks
{
    private OpenOrders _orders = null!;

    [Params(1_000, 10_000)]
    public int OpenOrders { get; set; }

    [GlobalSetup]
    public async Task SetUpAsync() => _orders = await Tamara.Benchmarks.OpenOrders.CreateAsync(OpenOrders);

    [IterationSetup]
    public void Forget() => _orders.ForgetReadsAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public async Task StopAsync() => await _orders.DisposeAsync();

    [Benchmark(Description = "Reconciliation run (RunAsync)")]
    public Task<int> RunAsync() => _orders.Harness.Reconciliation.RunAsync();
}

/// <summary>The emulator and a harness holding <c>count</c> open orders, created over the API in parallel.</summary>
public sealed class OpenOrders : IAsyncDisposable
{
    private OpenOrders(EmulatorBackend backend, AfterSaleHarness harness)
    {
        Backend = backend;
        Harness = harness;
    }

    public EmulatorBackend Backend { get; }

    public AfterSaleHarness Harness { get; }

    public static async Task<OpenOrders> CreateAsync(int count)
    {
        var backend = await EmulatorBackend.StartAsync();
        var first = Pending(AfterSaleOrder.Sar());
        var harness = await AfterSaleHarness.CreateAsync(backend, first, TamaraOrderStatus.New);

        var orders = Enumerable.Range(1, count - 1).Select(_ => Pending(AfterSaleOrder.Sar())).ToList();
        await Parallel.ForEachAsync(orders, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (order, _) =>
            order.Order.AuthorizationTransactionId = await backend.CreateOrderAsync(order, TamaraOrderStatus.New));
        harness.Orders.AddRange(orders);

        return new OpenOrders(backend, harness);
    }

    private static AfterSaleOrder Pending(AfterSaleOrder order)
    {
        order.Order.PaymentStatus = PaymentStatus.Pending;
        return order;
    }

    /// <summary>Orders the task has read (it stamps each with the time of the read).</summary>
    public int ReadCount() =>
        Harness.Orders.Count(order => Harness.Attributes.Find(order.Order, TamaraDefaults.OrderAttributes.ReconciledOnUtc) is not null);

    /// <summary>Back to no order read yet, so each measured run starts from the same state.</summary>
    public async Task ForgetReadsAsync()
    {
        foreach (var order in Harness.Orders)
            await Harness.Attributes.SaveAttributeAsync<DateTime?>(order.Order, TamaraDefaults.OrderAttributes.ReconciledOnUtc, null);
    }

    public ValueTask DisposeAsync() => Backend.DisposeAsync();
}

/// <summary>How many runs of the task it takes to read every open order once (printed, not timed).</summary>
public static class ReconciliationCoverage
{
    public static async Task PrintAsync(IEnumerable<int> counts)
    {
        foreach (var count in counts)
        {
            await using var orders = await OpenOrders.CreateAsync(count);
            // The task promises at least this many open orders a run, taken up from where the last run stopped.
            var promised = (count + ReconciliationService.MIN_OPEN_ORDERS_PER_RUN - 1) / ReconciliationService.MIN_OPEN_ORDERS_PER_RUN + 1;
            var limit = 2 * promised;
            var runs = 0;
            while (orders.ReadCount() < count && runs < limit)
            {
                await orders.Harness.Reconciliation.RunAsync();
                runs++;
            }

            var read = orders.ReadCount();
            Console.WriteLine(read == count
                ? $"{count} open orders: every order read after {runs} runs (promised within {promised})"
                : $"{count} open orders: {read} read after {runs} runs (stopped at twice the {promised} runs promised)");
        }
    }
}
