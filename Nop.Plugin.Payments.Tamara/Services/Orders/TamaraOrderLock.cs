using Nop.Core.Caching;

namespace Nop.Plugin.Payments.Tamara.Services.Orders;

/// <summary>
/// Runs an action under the per-order distributed lock shared by every Tamara action on one order
/// </summary>
public class TamaraOrderLock
{
    #region Fields

    private static readonly TimeSpan _pause = TimeSpan.FromMilliseconds(500);
    private const int ATTEMPTS = 10;

    private readonly ILocker _locker;
    private readonly TamaraRequestTimeLimit _timeLimit;

    #endregion

    #region Ctor

    public TamaraOrderLock(ILocker locker,
        TamaraRequestTimeLimit timeLimit)
    {
        _locker = locker;
        _timeLimit = timeLimit;
    }

    #endregion

    #region Methods

    /// <summary>
    /// Runs the action under the order's lock at once, or not at all when another node or request holds it
    /// </summary>
    /// <param name="orderId">nopCommerce order identifier</param>
    /// <param name="action">Action to run</param>
    /// <returns>False when the lock was taken and the action did not run</returns>
    public Task<bool> TryRunNowAsync(int orderId, Func<Task> action)
    {
        return _locker.PerformActionWithLockAsync(TamaraDefaults.OrderLockResource(orderId), TamaraDefaults.OrderLockExpiration, action);
    }

    /// <summary>
    /// Runs the action under the order's lock, waiting at most a few seconds (the one bounded wait of the plugin; under
    /// a second inside an admin's request, see TamaraRequestTimeLimit) when another node or request holds it
    /// </summary>
    /// <param name="orderId">nopCommerce order identifier</param>
    /// <param name="action">Action to run</param>
    /// <returns>False when the lock stayed taken and the action did not run</returns>
    public async Task<bool> TryRunAsync(int orderId, Func<Task> action)
    {
        for (var attempt = 1; ; attempt++)
        {
            //ILocker answers at once when the lock is held elsewhere, so wait a little and try again
            if (await TryRunNowAsync(orderId, action))
                return true;

            if (attempt >= (_timeLimit.IsActive ? _timeLimit.LockAttempts : ATTEMPTS))
                return false;

            await Task.Delay(_pause);
        }
    }

    /// <summary>
    /// Runs the function under the order's lock, waiting a few seconds when another node or request holds it
    /// </summary>
    /// <param name="orderId">nopCommerce order identifier</param>
    /// <param name="function">Function to run</param>
    /// <returns>The function's result; null when the lock stayed taken and the function did not run</returns>
    public async Task<TResult?> TryRunAsync<TResult>(int orderId, Func<Task<TResult>> function) where TResult : class
    {
        TResult? result = null;

        return await TryRunAsync(orderId, async () => { result = await function(); }) ? result : null;
    }

    #endregion
}
