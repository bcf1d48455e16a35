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

    #endregion

    #region Ctor

    public TamaraOrderLock(ILocker locker)
    {
        _locker = locker;
    }

    #endregion

    #region Methods

    /// <summary>
    /// Runs the action under the order's lock, waiting a few seconds when another node or request holds it
    /// </summary>
    /// <param name="orderId">nopCommerce order identifier</param>
    /// <param name="action">Action to run</param>
    /// <returns>False when the lock stayed taken and the action did not run</returns>
    public async Task<bool> TryRunAsync(int orderId, Func<Task> action)
    {
        for (var attempt = 0; attempt < ATTEMPTS; attempt++)
        {
            //ILocker answers at once when the lock is held elsewhere, so wait a little and try again
            if (await _locker.PerformActionWithLockAsync(TamaraDefaults.OrderLockResource(orderId), TamaraDefaults.OrderLockExpiration, action))
                return true;

            await Task.Delay(_pause);
        }

        return false;
    }

    #endregion
}
