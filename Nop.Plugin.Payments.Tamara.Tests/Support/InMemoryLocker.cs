using System.Collections.Concurrent;
using Nop.Core.Caching;

namespace Nop.Plugin.Payments.Tamara.Tests.Support;

/// <summary>
/// ILocker with real mutual exclusion and nopCommerce's semantics: a held resource answers false at once, it never waits
/// </summary>
public sealed class InMemoryLocker : ILocker
{
    private readonly ConcurrentDictionary<string, byte> _held = new();

    public int Refusals;

    /// <summary>
    /// Gets or sets whether a held resource lets a second caller in, as nopCommerce's DistributedCacheLocker can when two
    /// nodes read the cache before either writes it
    /// </summary>
    public bool LetsTwoCallersIn { get; set; }

    public async Task<bool> PerformActionWithLockAsync(string resource, TimeSpan expirationTime, Func<Task> action)
    {
        if (LetsTwoCallersIn)
        {
            await action();
            return true;
        }

        if (!_held.TryAdd(resource, 0))
        {
            Interlocked.Increment(ref Refusals);
            return false;
        }

        try
        {
            await action();
            return true;
        }
        finally
        {
            _held.TryRemove(resource, out _);
        }
    }

    public Task RunWithHeartbeatAsync(string key, TimeSpan expirationTime, TimeSpan heartbeatInterval, Func<CancellationToken, Task> action,
        CancellationTokenSource cancellationTokenSource = default!) => throw new NotSupportedException();

    public Task CancelTaskAsync(string key, TimeSpan expirationTime) => throw new NotSupportedException();

    public Task<bool> IsTaskRunningAsync(string key) => Task.FromResult(_held.ContainsKey(key));
}
