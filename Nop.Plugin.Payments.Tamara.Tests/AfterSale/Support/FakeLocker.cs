using Nop.Core.Caching;

namespace Nop.Plugin.Payments.Tamara.Tests.AfterSale.Support;

/// <summary>
/// A lock that, like nopCommerce's distributed one, answers false at once when the resource is held
/// </summary>
public sealed class FakeLocker : ILocker
{
    private readonly HashSet<string> _held = [];

    public void Hold(string resource) => _held.Add(resource);

    public void Release(string resource) => _held.Remove(resource);

    public async Task<bool> PerformActionWithLockAsync(string resource, TimeSpan expirationTime, Func<Task> action)
    {
        lock (_held)
        {
            if (!_held.Add(resource))
                return false;
        }

        try
        {
            await action();
            return true;
        }
        finally
        {
            lock (_held)
                _held.Remove(resource);
        }
    }

    public Task CancelTaskAsync(string key, TimeSpan expirationTime) => throw new NotSupportedException();

    public Task<bool> IsTaskRunningAsync(string key) => throw new NotSupportedException();

    public Task RunWithHeartbeatAsync(string key, TimeSpan expirationTime, TimeSpan heartbeatInterval, Func<CancellationToken, Task> action,
        CancellationTokenSource cancellationTokenSource = default!) => throw new NotSupportedException();
}
