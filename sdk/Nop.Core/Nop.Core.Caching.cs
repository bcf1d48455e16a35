namespace Nop.Core.Caching;

public partial class CacheKey
{
    public CacheKey(string key) { Key = key; }
    public int CacheTime { get; set; }
    public string Key { get; protected set; }
}

public partial interface ICacheKeyService
{
    CacheKey PrepareKey(CacheKey cacheKey, params object[] cacheKeyParameters);
    CacheKey PrepareKeyForDefaultCache(CacheKey cacheKey, params object[] cacheKeyParameters);
}

public partial interface ILocker
{
    Task CancelTaskAsync(string key, TimeSpan expirationTime);
    Task<bool> IsTaskRunningAsync(string key);
    Task<bool> PerformActionWithLockAsync(string resource, TimeSpan expirationTime, Func<Task> action);
    Task RunWithHeartbeatAsync(string key, TimeSpan expirationTime, TimeSpan heartbeatInterval, Func<CancellationToken, Task> action, CancellationTokenSource cancellationTokenSource = default);
}

public partial interface IStaticCacheManager : IDisposable, ICacheKeyService
{
    Task ClearAsync();
    Task<T> GetAsync<T>(CacheKey key, Func<T> acquire);
    Task<T> GetAsync<T>(CacheKey key, Func<Task<T>> acquire);
    Task<T> GetAsync<T>(CacheKey key, T defaultValue = default);
    Task<object> GetAsync(CacheKey key);
    Task RemoveAsync(CacheKey cacheKey, params object[] cacheKeyParameters);
    Task RemoveByPrefixAsync(string prefix, params object[] prefixParameters);
    Task SetAsync<T>(CacheKey key, T data);
}
