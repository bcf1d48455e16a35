using Tamara.Emulator.Orders;

namespace Tamara.Emulator.Infrastructure;

/// <summary>Runs the order timers every few seconds, so a running emulator expires and auto-captures orders by itself.</summary>
internal sealed class TimerSweep : BackgroundService
{
    #region Fields

    private readonly OrderBook _orders;

    #endregion

    #region Ctor

    public TimerSweep(OrderBook orders)
    {
        _orders = orders;
    }

    #endregion

    #region Methods

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(5));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
                _orders.Tick();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    #endregion
}
