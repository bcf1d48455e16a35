using BenchmarkDotNet.Attributes;
using Nop.Plugin.Payments.Tamara.Api.Models;
using Nop.Plugin.Payments.Tamara.Tests.Support.AfterSale;
using Tamara.Emulator.Faults;

namespace Tamara.Benchmarks;

/// <summary>
/// A store owner marks 50 authorised orders as shipped at once (nopCommerce raises one ShipmentSentEvent after the other)
/// while Tamara is slow: every capture is held <see cref="CaptureDelay"/> by the emulator before it is done and answered.
/// </summary>
[OneShotInProcessJob]
public class BulkShipmentBenchmarks
{
    private const int Orders = 50;

    /// <summary>A slow Tamara, yet well inside the client's time limit: every capture goes through, late.</summary>
    private static readonly TimeSpan CaptureDelay = TimeSpan.FromMilliseconds(200);

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
        _backend.Host.InjectFault(EmulatedEndpoint.Capture, FaultMode.Delay, Orders, CaptureDelay);
    }

    [GlobalCleanup]
    public async Task StopAsync() => await _backend.DisposeAsync();

    [Benchmark(Description = "Ship 50 orders, Tamara capture slow (200 ms)")]
    public async Task ShipAllAsync()
    {
        foreach (var order in _harness.Orders)
            await _harness.ShipmentSentAsync(order.Ship(order.Items.Select(item => item.Quantity).ToArray()));
    }
}
