using Nop.Core.Caching;
using Nop.Plugin.Payments.Tamara.Api;

namespace Nop.Plugin.Payments.Tamara.Services.Checkout;

/// <summary>
/// Remembers for a minute that Tamara could not answer one of a store's eligibility calls, so that while Tamara is slow
/// or down only the first page of the minute waits for it: nopCommerce's cache keeps no fill that throws, so without
/// this every product page, cart and payment step would wait the call's time limit again
/// </summary>
/// <remarks>
/// The outage is kept in nopCommerce's static cache, shared by the nodes of a web farm, per store (each has its own
/// URL and token) and per call. It is not per country, currency, amount or shopper: a timeout says nothing about those.
/// Only failures that say Tamara could not answer are kept (timeouts, lost connections, 5xx, 429); a refusal of one
/// request (4xx) is that request's answer. The time comes from the clock, so the entry carries its own end.
/// </remarks>
public class TamaraOutageCache
{
    #region Fields

    private readonly IStaticCacheManager _staticCacheManager;
    private readonly TimeProvider _timeProvider;

    #endregion

    #region Ctor

    public TamaraOutageCache(IStaticCacheManager staticCacheManager,
        TimeProvider timeProvider)
    {
        _staticCacheManager = staticCacheManager;
        _timeProvider = timeProvider;
    }

    #endregion

    #region Methods

    /// <summary>
    /// Asks Tamara unless it could not answer the same call of the store within the last minute
    /// </summary>
    /// <typeparam name="T">Type of the answer</typeparam>
    /// <param name="storeId">Store identifier</param>
    /// <param name="call">The eligibility call: "payment-types" or "pre-check"</param>
    /// <param name="askTamaraAsync">The call to Tamara</param>
    /// <returns>A task whose result is Tamara's answer; null when Tamara was not asked because of a recent failure</returns>
    /// <exception cref="TamaraException">Tamara could not answer now; a failure that Tamara could not answer is remembered</exception>
    public async Task<T?> AskAsync<T>(int storeId, string call, Func<Task<T>> askTamaraAsync) where T : class
    {
        ArgumentNullException.ThrowIfNull(askTamaraAsync);

        var cacheKey = _staticCacheManager.PrepareKeyForDefaultCache(TamaraDefaults.EligibilityOutageCacheKey, storeId, call);
        cacheKey.CacheTime = TamaraDefaults.EligibilityOutageMinutes;

        var outage = await _staticCacheManager.GetAsync(cacheKey, (TamaraOutage?)null);
        if (outage is not null && _timeProvider.GetUtcNow() < outage.AskAgainAtUtc)
            return null;

        try
        {
            return await askTamaraAsync();
        }
        catch (TamaraException exception) when (TamaraFailure.IsTransient(exception))
        {
            await _staticCacheManager.SetAsync(cacheKey, new TamaraOutage(_timeProvider.GetUtcNow().AddMinutes(TamaraDefaults.EligibilityOutageMinutes)));
            throw;
        }
    }

    #endregion
}
