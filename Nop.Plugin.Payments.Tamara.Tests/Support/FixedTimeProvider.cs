namespace Nop.Plugin.Payments.Tamara.Tests.Support;

/// <summary>
/// A clock that stands still at a chosen instant.
/// </summary>
public sealed class FixedTimeProvider : TimeProvider
{
    private readonly DateTimeOffset _now;

    public FixedTimeProvider(DateTimeOffset now)
    {
        _now = now;
    }

    public override DateTimeOffset GetUtcNow() => _now;
}
