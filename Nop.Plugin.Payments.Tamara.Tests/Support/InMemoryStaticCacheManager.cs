using System.Collections.Concurrent;
using Nop.Core.Caching;

namespace Nop.Plugin.Payments.Tamara.Tests.Support;

/// <summary>
/// IStaticCacheManager over a dictionary; keys are formatted like nopCommerce does, cache times are recorded, never waited for
/// </summary>
public sealed class InMemoryStaticCacheManager : IStaticCacheManager
{
    private readonly ConcurrentDictionary<string, object> _entries;

    public InMemoryStaticCacheManager(ConcurrentDictionary<string, object> entries)
    {
        _entries = entries;
    }

    public int Misses;

    public ConcurrentQueue<string> MissedKeys { get; } = new();

    public IEnumerable<string> Keys => _entries.Keys;

    public int LastCacheTime;

    public CacheKey PrepareKey(CacheKey cacheKey, params object[] cacheKeyParameters) =>
        new(string.Format(cacheKey.Key, cacheKeyParameters)) { CacheTime = cacheKey.CacheTime };

    public CacheKey PrepareKeyForDefaultCache(CacheKey cacheKey, params object[] cacheKeyParameters) => PrepareKey(cacheKey, cacheKeyParameters);

    public async Task<T> GetAsync<T>(CacheKey key, Func<Task<T>> acquire)
    {
        if (_entries.TryGetValue(key.Key, out var cached))
            return (T)cached;

        Interlocked.Increment(ref Misses);
        MissedKeys.Enqueue(key.Key);
        LastCacheTime = key.CacheTime;
        var value = await acquire();
        //as nopCommerce: a fill that gives nothing is not cached
        if (value is not null)
            _entries[key.Key] = value;
        return value;
    }

    public Task<T> GetAsync<T>(CacheKey key, Func<T> acquire) => GetAsync(key, () => Task.FromResult(acquire()));

    public Task<T> GetAsync<T>(CacheKey key, T defaultValue = default!) =>
        Task.FromResult(_entries.TryGetValue(key.Key, out var cached) ? (T)cached : defaultValue);

    public Task<object> GetAsync(CacheKey key) => Task.FromResult(_entries.GetValueOrDefault(key.Key)!);

    public Task RemoveAsync(CacheKey cacheKey, params object[] cacheKeyParameters)
    {
        _entries.TryRemove(PrepareKey(cacheKey, cacheKeyParameters).Key, out _);
        return Task.CompletedTask;
    }

    public Task SetAsync<T>(CacheKey key, T data)
    {
        if (data is not null)
            _entries[key.Key] = data;
        return Task.CompletedTask;
    }

    public Task RemoveByPrefixAsync(string prefix, params object[] prefixParameters)
    {
        foreach (var key in _entries.Keys.Where(key => key.StartsWith(string.Format(prefix, prefixParameters), StringComparison.OrdinalIgnoreCase)))
            _entries.TryRemove(key, out _);
        return Task.CompletedTask;
    }

    public Task ClearAsync()
    {
        _entries.Clear();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
    }
}
