using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Nop.Core.Caching;
using Nop.Plugin.Payments.Tamara.Api;
using Nop.Plugin.Payments.Tamara.Api.Models;
using Nop.Services.Logging;

namespace Nop.Plugin.Payments.Tamara.Services.Checkout;

/// <summary>
/// Asks Tamara's payment options pre-check whether a shopper can pay an amount, cached briefly per store, country,
/// currency, amount and phone; the phone only as a hash, never kept or logged in clear
/// </summary>
public class TamaraPreCheckService
{
    #region Fields

    private readonly ILogger _logger;
    private readonly IStaticCacheManager _staticCacheManager;
    private readonly TamaraClientProvider _clientProvider;
    private readonly TamaraOutageCache _outageCache;

    #endregion

    #region Ctor

    public TamaraPreCheckService(ILogger logger,
        IStaticCacheManager staticCacheManager,
        TamaraClientProvider clientProvider,
        TamaraOutageCache outageCache)
    {
        _logger = logger;
        _staticCacheManager = staticCacheManager;
        _clientProvider = clientProvider;
        _outageCache = outageCache;
    }

    #endregion

    #region Utilities

    /// <summary>
    /// Gets the phone's part of the cache key: an HMAC-SHA256 of the number keyed with the store's API token, so the
    /// cache never holds the number, and a phone number cannot be found again from the key by trying numbers
    /// </summary>
    private static string HashPhone(string? phoneNumber, TamaraSettings settings) => string.IsNullOrEmpty(phoneNumber)
        ? "none"
        : Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(settings.ApiToken), Encoding.UTF8.GetBytes(phoneNumber)));

    #endregion

    #region Methods

    /// <summary>
    /// Checks whether Tamara has payment options for a shopper and an amount
    /// </summary>
    /// <param name="settings">Settings of the store</param>
    /// <param name="storeId">Store identifier</param>
    /// <param name="countryCode">Tamara country of the payment</param>
    /// <param name="orderValue">Amount in the payment currency</param>
    /// <param name="phoneNumber">The shopper's phone as Tamara takes it, when known</param>
    /// <returns>A task whose result is Tamara's answer; when Tamara cannot answer, or could not within the last minute
    /// (then it is not asked), the fail-open setting decides</returns>
    public async Task<TamaraPreCheck> CheckAsync(TamaraSettings settings, int storeId, string countryCode, Money orderValue, string? phoneNumber)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(orderValue);

        //an answer left out (null: Tamara could not answer within the last minute) is not cached, by nopCommerce's rule
        Task<TamaraPreCheck?> askTamaraAsync() => _outageCache.AskAsync(storeId, "pre-check", async () =>
        {
            var answer = await _clientProvider.CreateClient(settings).Checkout.PreCheckPaymentOptionsAsync(new PaymentOptionsPreCheckRequest
            {
                Country = countryCode,
                OrderValue = orderValue,
                PhoneNumber = phoneNumber,
                IsVip = false
            });

            return new TamaraPreCheck(answer.HasAvailablePaymentOptions, answer.SingleCheckoutEnabled, answer.AvailablePaymentLabels);
        });

        var failedAnswer = settings.EligibilityFailOpen ? TamaraPreCheck.Unknown : TamaraPreCheck.Refused;

        try
        {
            //0 minutes means no cache, as for the payment types
            if (settings.EligibilityCacheMinutes <= 0)
                return await askTamaraAsync() ?? failedAnswer;

            var amount = TamaraCurrency.Round(orderValue.Amount, orderValue.Currency).ToString(CultureInfo.InvariantCulture);
            var cacheKey = _staticCacheManager.PrepareKeyForDefaultCache(TamaraDefaults.PreCheckCacheKey,
                storeId, countryCode, orderValue.Currency, amount, HashPhone(phoneNumber, settings));
            cacheKey.CacheTime = settings.EligibilityCacheMinutes;

            return await _staticCacheManager.GetAsync(cacheKey, askTamaraAsync) ?? failedAnswer;
        }
        catch (TamaraException exception)
        {
            //the phone is never part of the message
            await _logger.WarningAsync($"Tamara's pre-check for {countryCode}/{orderValue.Currency} could not be made ({exception.Message}); Tamara is {(settings.EligibilityFailOpen ? "shown" : "hidden")}");
            return failedAnswer;
        }
    }

    #endregion
}
