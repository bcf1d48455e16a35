using Nop.Plugin.Payments.Tamara.Api;
using Nop.Plugin.Payments.Tamara.Services.Retries;

namespace Nop.Plugin.Payments.Tamara.Services.Orders;

/// <summary>
/// The time limit of Tamara calls made inside an admin's request by event consumers (ship, bulk "Set as shipped",
/// cancel, delete, offline refund): each call and each lock wait is short, and once Tamara was too slow in the request
/// every further action of that request is queued at once for the reconciliation task, so shipping 50 orders against a
/// slow Tamara still answers in bounded time. One instance per request (scoped), never shared between requests.
/// </summary>
public class TamaraRequestTimeLimit
{
    #region Fields

    private int _depth;

    #endregion

    #region Properties

    /// <summary>
    /// Gets or sets the longest one Tamara call may take inside the limit (the usual limit is 30 s)
    /// </summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Gets the number of times the per-order lock is tried inside the limit (half a second apart)
    /// </summary>
    public int LockAttempts => 2;

    /// <summary>
    /// Gets a value indicating whether the calls being made are inside the limit
    /// </summary>
    public bool IsActive => _depth > 0;

    /// <summary>
    /// Gets a value indicating whether Tamara did not answer in time earlier in this request, and has not answered since
    /// </summary>
    public bool TamaraTooSlow { get; private set; }

    #endregion

    #region Methods

    /// <summary>
    /// Puts the calls made until the returned scope is disposed inside the limit
    /// </summary>
    public IDisposable Begin()
    {
        _depth++;
        return new Scope(this);
    }

    /// <summary>
    /// Records a failure of a call made inside the limit: after a timeout the rest of the request queues at once
    /// </summary>
    /// <param name="exception">The failure</param>
    public void RecordFailure(Exception exception)
    {
        if (IsActive && exception is TamaraTimeoutException)
            TamaraTooSlow = true;
    }

    /// <summary>
    /// Records that Tamara answered an action, inside the limit or not: it is no longer too slow
    /// </summary>
    public void RecordAnswer() => TamaraTooSlow = false;

    /// <summary>
    /// Throws, instead of calling Tamara, when Tamara was too slow earlier in this request (nothing is sent, so Tamara's
    /// status stays known)
    /// </summary>
    /// <exception cref="TamaraRetryLaterException">Tamara was too slow earlier in this request</exception>
    public void ThrowIfTamaraTooSlow()
    {
        if (IsActive && TamaraTooSlow)
            throw new TamaraRetryLaterException("Tamara did not answer in time earlier in this request: the action is left to the reconciliation task");
    }

    #endregion

    #region Nested class

    private sealed class Scope(TamaraRequestTimeLimit limit) : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (_disposed)
                return;

            _disposed = true;
            limit._depth--;
        }
    }

    #endregion
}
