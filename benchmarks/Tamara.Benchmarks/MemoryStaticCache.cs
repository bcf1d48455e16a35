using Microsoft.Extensions.Caching.Memory;
using Nop.Core.Caching;

namespace Tamara.Benchmarks;

/// <summary>
/// nopCommerce's memory cache as its MemoryCacheManager keeps it (a <c>Lazy&lt;Task&lt;T&gt;&gt;</c> a key in an
/// <see cref="IMemoryCache"/>; a fill that throws or gives nothing is not kept), so a page pays what a store's cache
/// costs. Entries do not expire: the benchmark's clock stands still, and every measured page falls in the same minute.
/// </summary>
public sealed class MemoryStaticCache : IStaticCacheManager
{
    private readonly MemoryCache _memoryCache = new(new MemoryCacheOptions());

    public CacheKey PrepareKey(CacheKey cacheKey, params object[] cacheKeyParameters) =>
        new(string.Format(cacheKey.Key, cacheKeyParameters)) { CacheTime = cacheKey.CacheTime };

    public CacheKey PrepareKeyForDefaultCache(CacheKey cacheKey, params object[] cacheKeyParameters) =>
        new(string.Format(cacheKey.Key, cacheKeyParameters)) { CacheTime = 60 };

    public async Task<T> GetAsync<T>(CacheKey key, Func<Task<T>> acquire)
    {
        if (key.CacheTime <= 0)
            return await acquire();

        var lazy = _memoryCache.GetOrCreate(key.Key, _ => new Lazy<Task<T>>(acquire, true))!;
        try
        {
            var data = await lazy.Value;
            if (data is null)
                _memoryCache.Remove(key.Key);
            return data;
        }
        catch
        {
            _memoryCache.Remove(key.Key);
            throw;
        }
    }

    public Task<T> GetAsync<T>(CacheKey key, Func<T> acquire) => GetAsync(key, () => Task.FromResult(acquire()));

    public async Task<T> GetAsync<T>(CacheKey key, T defaultValue = default!)
    {
        var value = _memoryCache.Get<Lazy<Task<T>>>(key.Key)?.Value;
        return value is null ? defaultValue : await value;
    }

    public Task<object> GetAsync(CacheKey key) => throw new NotSupportedException();

    public Task SetAsync<T>(CacheKey key, T data)
    {
        if (data is not null && key.CacheTime > 0)
            _memoryCache.Set(key.Key, new Lazy<Task<T>>(() => Task.FromResult(data), true));
        return Task.CompletedTask;
    }

    public Task RemoveAsync(CacheKey cacheKey, params object[] cacheKeyParameters)
    {
        _memoryCache.Remove(PrepareKey(cacheKey, cacheKeyParameters).Key);
        return Task.CompletedTask;
    }

    public Task RemoveByPrefixAsync(string prefix, params object[] prefixParameters) => throw new NotSupportedException();

    public Task ClearAsync()
    {
        _memoryCache.Clear();
        return Task.CompletedTask;
    }

    public void Dispose() => _memoryCache.Dispose();
}
