using System.Diagnostics;

namespace Tamara.Emulator.Infrastructure;

/// <summary>
/// The emulated "now" that drives order timers and timestamps. It runs with real time (unless frozen) from its start and
/// jumps forward when advanced; it never goes back, so statuses never move backwards because of it.
/// </summary>
internal sealed class EmulatorClock
{
    #region Fields

    private readonly object _sync = new();
    private readonly DateTimeOffset _start;
    private readonly long _startTimestamp;
    private readonly bool _frozen;
    private TimeSpan _offset;

    #endregion

    #region Ctor

    public EmulatorClock(TamaraEmulatorOptions options)
    {
        _start = (options.ClockStart ?? DateTimeOffset.UtcNow).ToUniversalTime();
        _startTimestamp = Stopwatch.GetTimestamp();
        _frozen = options.FreezeClock;
    }

    #endregion

    #region Methods

    public DateTimeOffset UtcNow
    {
        get
        {
            lock (_sync)
            {
                var elapsed = _frozen ? TimeSpan.Zero : Stopwatch.GetElapsedTime(_startTimestamp);
                return _start + _offset + elapsed;
            }
        }
    }

    public void Advance(TimeSpan by)
    {
        if (by < TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(by), "The emulated clock only moves forward.");

        lock (_sync)
            _offset += by;
    }

    #endregion
}
