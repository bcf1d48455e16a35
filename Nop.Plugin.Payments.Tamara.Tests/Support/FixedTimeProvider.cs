namespace Nop.Plugin.Payments.Tamara.Tests.Support;

/// <summary>
/// A clock that stands still at a chosen instant until the test moves it.
/// </summary>
public sealed class FixedTimeProvider : TimeProvider
{
    private DateTimeOffset _now;

    public FixedTimeProvider(DateTimeOffset now)
    {
        _now = now;
    }

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
