namespace Nop.Plugin.Payments.Tamara.Services.Retries;

/// <summary>
/// Backoff of the actions waiting to be retried: 1, 2, 4 ... minutes, at most an hour apart, for about two days
/// </summary>
public static class RetrySchedule
{
    /// <summary>
    /// Gets the number of attempts after which an action that keeps failing is given up
    /// </summary>
    public static int MaxAttempts => 50;

    /// <summary>
    /// Gets the delay before the next attempt
    /// </summary>
    /// <param name="attempts">Attempts made so far</param>
    public static TimeSpan DelayAfter(int attempts)
    {
        var minutes = Math.Pow(2, Math.Clamp(attempts, 0, 10));

        return TimeSpan.FromMinutes(Math.Min(minutes, 60));
    }
}
