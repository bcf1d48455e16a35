using BenchmarkDotNet.Attributes;
using Nop.Plugin.Payments.Tamara.Api.Models;
using Nop.Plugin.Payments.Tamara.Tests.Support.AfterSale;
using Tamara.Emulator.Faults;

namespace Tamara.Benchmarks;

/// <summary>
/// A store owner marks 50 authorised orders as shipped at once (nopCommerce raises one ShipmentSentEvent after the other,
/// in one admin request) while Tamara is slow: every capture is held <see cref="CaptureDelayMs"/> by the emulator before
/// it is done and answered. 200 ms stays inside the request's time limit for one call (5 s); 6 s goes past it, and the
/// request then queues the rest for the reconciliation task instead of waiting for each.
/// </summary>
[OneShotInProcessJob]
public class BulkShipmentBenchmarks
{
    private const int Orders = 50;

    [Params(200, 6_000)]
    public int CaptureDelayMs { get; set; }

    private EmulatorBackend _backend = null!;
    private AfterSaleHarness _harness = null!;

    [GlobalSetup]
    public async Task StartAsync() => _backend = await EmulatorBackend.StartAsync();

    [IterationSetup]
    public void PlaceOrders()
    {
        _harness = AfterSaleHarness.CreateAsync(_backend, AfterSaleOrder.Sar()).GetAwaiter().GetResult();
        for (var order = 1; order < Orders; order++)
            _harness.AddOrderAsync(AfterSaleOrder.Sar(), TamaraOrderStatus.Authorised).GetAwaiter().GetResult();
        _backend.Host.ClearFaults();
        _backend.Host.InjectFault(EmulatedEndpoint.Capture, FaultMode.Delay, Orders, TimeSpan.FromMilliseconds(CaptureDelayMs));
    }

    [GlobalCleanup]
    public async Task StopAsync() => await _backend.DisposeAsync();

    [Benchmark(Description = "Ship 50 orders, Tamara capture slow")]
    public async Task ShipAllAsync()
    {
        foreach (var order in _harness.Orders)
            await _harness.ShipmentSentAsync(order.Ship(order.Items.Select(item => item.Quantity).ToArray()));
    }
}
