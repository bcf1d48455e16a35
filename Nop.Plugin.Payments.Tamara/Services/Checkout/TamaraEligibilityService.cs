using Nop.Core;
using Nop.Core.Caching;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Directory;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Payments.Tamara.Api;
using Nop.Plugin.Payments.Tamara.Api.Models;
using Nop.Services.Catalog;
using Nop.Services.Customers;
using Nop.Services.Directory;
using Nop.Services.Localization;
using Nop.Services.Logging;
using Nop.Services.Orders;

namespace Nop.Plugin.Payments.Tamara.Services.Checkout;

/// <summary>
/// Decides whether Tamara is offered for a cart and which plans it offers
/// </summary>
public class TamaraEligibilityService
{
    #region Fields

    private readonly ICategoryService _categoryService;
    private readonly ICountryService _countryService;
    private readonly ICurrencyService _currencyService;
    private readonly ICustomerService _customerService;
    private readonly ILocalizationService _localizationService;
    private readonly ILogger _logger;
    private readonly IOrderTotalCalculationService _orderTotalCalculationService;
    private readonly IShoppingCartService _shoppingCartService;
    private readonly IStaticCacheManager _staticCacheManager;
    private readonly IStoreContext _storeContext;
    private readonly IWorkContext _workContext;
    private readonly TamaraClientProvider _clientProvider;
    private readonly TamaraOfferMemo _offerMemo;
    private readonly TamaraOutageCache _outageCache;
    private readonly TamaraPreCheckService _preCheckService;

    #endregion

    #region Ctor

    public TamaraEligibilityService(ICategoryService categoryService,
        ICountryService countryService,
        ICurrencyService currencyService,
        ICustomerService customerService,
        ILocalizationService localizationService,
        ILogger logger,
        IOrderTotalCalculationService orderTotalCalculationService,
        IShoppingCartService shoppingCartService,
        IStaticCacheManager staticCacheManager,
        IStoreContext storeContext,
        IWorkContext workContext,
        TamaraClientProvider clientProvider,
        TamaraOfferMemo offerMemo,
        TamaraOutageCache outageCache,
        TamaraPreCheckService preCheckService)
    {
        _categoryService = categoryService;
        _countryService = countryService;
        _currencyService = currencyService;
        _customerService = customerService;
        _localizationService = localizationService;
        _logger = logger;
        _orderTotalCalculationService = orderTotalCalculationService;
        _shoppingCartService = shoppingCartService;
        _staticCacheManager = staticCacheManager;
        _storeContext = storeContext;
        _workContext = workContext;
        _clientProvider = clientProvider;
        _offerMemo = offerMemo;
        _outageCache = outageCache;
        _preCheckService = preCheckService;
    }

    #endregion

    #region Utilities

    private async Task<string?> GetCountryCodeAsync(int? countryId)
    {
        if (countryId is not > 0)
            return null;

        return (await _countryService.GetCountryByIdAsync(countryId.Value))?.TwoLetterIsoCode?.ToUpperInvariant();
    }

    private static bool IsWithin(decimal? amount, Money? min, Money? max) => amount is null
        || (min is null || amount >= min.Amount) && (max is null || max.Amount <= decimal.Zero || amount <= max.Amount);

    private static IReadOnlyList<TamaraPlan> SelectPlans(IEnumerable<PaymentTypeInfo> paymentTypes, TamaraSettings settings, decimal? amount)
    {
        var plans = new List<TamaraPlan>();
        foreach (var paymentType in paymentTypes)
        {
            if (!settings.EnabledPaymentTypes.Contains(paymentType.Name.ToString()) || !IsWithin(amount, paymentType.MinLimit, paymentType.MaxLimit))
                continue;

            if (paymentType.Name != TamaraPaymentType.PayByInstalments)
            {
                plans.Add(new TamaraPlan(paymentType.Name, 0));
                continue;
            }

            plans.AddRange(paymentType.SupportedInstalments
                .Where(option => settings.EnabledInstalments.Contains(option.Instalments) && IsWithin(amount, option.MinLimit, option.MaxLimit))
                .OrderBy(option => option.Instalments)
                .Select(option => new TamaraPlan(TamaraPaymentType.PayByInstalments, option.Instalments)));
        }

        return plans.Distinct().ToList();
    }

    /// <summary>
    /// Gets Tamara's payment types, from the cache when it has them; null when Tamara was not asked because it could not
    /// answer within the last minute
    /// </summary>
    private async Task<IReadOnlyList<PaymentTypeInfo>?> GetPaymentTypesAsync(TamaraSettings settings, int storeId, string countryCode, string currencyCode)
    {
        //an answer left out (null) is not cached, by nopCommerce's rule for a fill that gives nothing
        Task<IReadOnlyList<PaymentTypeInfo>?> askTamaraAsync() => _outageCache.AskAsync<IReadOnlyList<PaymentTypeInfo>>(storeId, "payment-types", async () =>
            (await _clientProvider.CreateClient(settings).Checkout.GetPaymentTypesAsync(new PaymentTypesRequest { Country = countryCode, Currency = currencyCode })).ToList());

        //0 minutes means no cache: nopCommerce would read a cache time of 0 as its own default of an hour
        if (settings.EligibilityCacheMinutes <= 0)
            return await askTamaraAsync();

        var cacheKey = _staticCacheManager.PrepareKeyForDefaultCache(TamaraDefaults.PaymentTypesCacheKey, storeId, countryCode, currencyCode);
        cacheKey.CacheTime = settings.EligibilityCacheMinutes;

        return await _staticCacheManager.GetAsync(cacheKey, askTamaraAsync);
    }

    /// <summary>
    /// Works out the offer of a cart (see <see cref="GetOfferAsync"/>)
    /// </summary>
    private async Task<TamaraOffer> WorkOutOfferAsync(IList<ShoppingCartItem> cart, Store store, Customer customer, Currency? currency)
    {
        var settings = await _clientProvider.LoadSettingsAsync(store.Id);
        if (!IsReadyToOffer(settings))
            return TamaraOffer.None;

        var billingAddress = await _customerService.GetCustomerBillingAddressAsync(customer);
        var billingCountry = await GetCountryCodeAsync(billingAddress?.CountryId);
        var shippingCountry = await GetCountryCodeAsync((await _customerService.GetCustomerShippingAddressAsync(customer))?.CountryId);
        var allowedCountries = settings.AllowedCountries.Select(country => country.Trim().ToUpperInvariant()).ToList();
        if (billingCountry is not null && !allowedCountries.Contains(billingCountry))
            return TamaraOffer.None;

        //Tamara takes a currency in its own country only, and refuses addresses in another country
        var countryCode = TamaraCountry.Resolve(currency?.CurrencyCode, allowedCountries);
        if (currency is null || countryCode is null || new[] { billingCountry, shippingCountry }.Any(country => country is not null && country != countryCode))
            return TamaraOffer.None;

        if (await HasExcludedProductAsync(cart.Select(item => item.ProductId), settings))
            return TamaraOffer.None;

        var (total, _, _, _, _, _) = await _orderTotalCalculationService.GetShoppingCartTotalAsync(cart, usePaymentMethodAdditionalFee: false);
        var amount = total is null ? null : new Money(TamaraCurrency.Round(await _currencyService.ConvertFromPrimaryStoreCurrencyAsync(total.Value, currency), currency.CurrencyCode), currency.CurrencyCode);
        TamaraOffer offerOf(IReadOnlyList<TamaraPlan> plans, TamaraPreCheck preCheck) =>
            new(plans, preCheck.SingleCheckout, preCheck.Labels) { Amount = amount, CountryCode = countryCode };

        IReadOnlyList<PaymentTypeInfo>? paymentTypes;
        try
        {
            paymentTypes = await GetPaymentTypesAsync(settings, store.Id, countryCode, currency.CurrencyCode);
        }
        catch (TamaraException exception)
        {
            await _logger.WarningAsync($"Tamara eligibility for {countryCode}/{currency.CurrencyCode} could not be checked ({exception.Message}); Tamara is {(settings.EligibilityFailOpen ? "shown" : "hidden")}");
            paymentTypes = null;
        }

        //Tamara could not answer, now or earlier in the minute (then it was not asked again and nothing more is logged)
        if (paymentTypes is null)
            return settings.EligibilityFailOpen && TamaraCheckoutService.GetDefaultPlan(settings) is TamaraPlan fallback ? offerOf([fallback], TamaraPreCheck.Unknown) : TamaraOffer.None;

        //until shipping is chosen the total is unknown: the limits are checked once it is, and again by Tamara at checkout
        var plans = SelectPlans(paymentTypes, settings, amount?.Amount);
        if (plans.Count == 0 || amount is null)
            return offerOf(plans, TamaraPreCheck.Unknown);

        var phoneNumber = TamaraPhoneNumber.Normalize(billingAddress?.PhoneNumber, countryCode);
        var preCheck = await _preCheckService.CheckAsync(settings, store.Id, countryCode, amount, phoneNumber);
        if (!preCheck.HasPaymentOptions)
            return TamaraOffer.None;

        //Tamara's labels name the plans this shopper may take: an enabled plan without a label is not offered
        var offer = offerOf(plans, preCheck);
        return preCheck.Labels.Count == 0 ? offer : offer with { Plans = plans.Where(plan => offer.LabelOf(plan) is not null).ToList() };
    }

    #endregion

    #region Methods

    /// <summary>
    /// Checks whether the store's configuration is complete enough to offer Tamara: the API (token, and URL for Custom
    /// URL) and the notification token, without which every notification would be refused
    /// </summary>
    /// <param name="settings">Settings of the store</param>
    /// <returns>True when Tamara may be offered</returns>
    public static bool IsReadyToOffer(TamaraSettings settings) =>
        TamaraClientProvider.IsConfigured(settings) && !string.IsNullOrWhiteSpace(settings.NotificationToken);

    /// <summary>
    /// Checks whether one of the products is excluded from Tamara, by itself or by one of its categories
    /// </summary>
    /// <param name="productIds">Product identifiers</param>
    /// <param name="settings">Settings of the store</param>
    /// <returns>A task whose result is true when Tamara must not pay for one of them</returns>
    public async Task<bool> HasExcludedProductAsync(IEnumerable<int> productIds, TamaraSettings settings)
    {
        ArgumentNullException.ThrowIfNull(productIds);
        ArgumentNullException.ThrowIfNull(settings);

        foreach (var productId in productIds.Distinct())
        {
            if (settings.ExcludedProductIds.Contains(productId))
                return true;

            if (settings.ExcludedCategoryIds.Count == 0)
                continue;

            var categories = await _categoryService.GetProductCategoriesByProductIdAsync(productId, true);
            if (categories.Any(category => settings.ExcludedCategoryIds.Contains(category.CategoryId)))
                return true;
        }

        return false;
    }

    /// <summary>
    /// Checks whether Tamara has an enabled plan for an amount, from the cached payment types (no pre-check: the
    /// shopper is not known yet)
    /// </summary>
    /// <param name="settings">Settings of the store</param>
    /// <param name="storeId">Store identifier</param>
    /// <param name="countryCode">Tamara country of the currency</param>
    /// <param name="amount">Amount in the currency</param>
    /// <returns>A task whose result is true when a plan is offered; false too when Tamara cannot answer</returns>
    public async Task<bool> HasPlanForAmountAsync(TamaraSettings settings, int storeId, string countryCode, Money amount)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(amount);

        try
        {
            return await GetPaymentTypesAsync(settings, storeId, countryCode, amount.Currency) is { } paymentTypes
                && SelectPlans(paymentTypes, settings, amount.Amount).Count > 0;
        }
        catch (TamaraException)
        {
            return false;
        }
    }

    /// <summary>
    /// Checks whether Tamara is offered for a cart: configured, currency of a Tamara country, billing country allowed,
    /// no excluded product or category, a plan available for the amount, and Tamara's pre-check for the shopper
    /// </summary>
    /// <param name="cart">Shopping cart</param>
    /// <returns>A task whose result is the offer; no plan when Tamara must be hidden</returns>
    public async Task<TamaraOffer> GetOfferAsync(IList<ShoppingCartItem> cart)
    {
        ArgumentNullException.ThrowIfNull(cart);

        if (cart.Count == 0)
            return TamaraOffer.None;

        var store = await _storeContext.GetCurrentStoreAsync();
        var customer = await _workContext.GetCurrentCustomerAsync();
        var currency = await _workContext.GetWorkingCurrencyAsync();

        return await _offerMemo.GetOrAddAsync(store.Id, customer, currency?.Id ?? 0, cart, () => WorkOutOfferAsync(cart, store, customer, currency));
    }

    /// <summary>
    /// Gets what Tamara offers the current customer's cart in the current store: what the payment info step shows
    /// </summary>
    /// <returns>A task whose result is the offer; no plan when Tamara must be hidden</returns>
    public async Task<TamaraOffer> GetOfferForCurrentCartAsync()
    {
        var store = await _storeContext.GetCurrentStoreAsync();
        var customer = await _workContext.GetCurrentCustomerAsync();
        var cart = await _shoppingCartService.GetShoppingCartAsync(customer, ShoppingCartType.ShoppingCart, store.Id);

        return await GetOfferAsync(cart);
    }

    /// <summary>
    /// Gets the shopper-facing text of a plan in the working language, e.g. "Split in 4, interest-free"
    /// </summary>
    /// <param name="plan">Plan</param>
    /// <returns>A task whose result is the text</returns>
    public async Task<string> GetPlanTextAsync(TamaraPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);

        return string.Format(await _localizationService.GetResourceAsync(plan.ResourceName), plan.Instalments);
    }

    /// <summary>
    /// Gets the text the shopper sees for a plan: Tamara's own label in the working language when the pre-check gave
    /// one, else the plugin's resource
    /// </summary>
    /// <param name="plan">Plan</param>
    /// <param name="offer">The offer the plan comes from</param>
    /// <returns>A task whose result is the text</returns>
    public async Task<string> GetPlanTextAsync(TamaraPlan plan, TamaraOffer offer)
    {
        ArgumentNullException.ThrowIfNull(offer);

        var label = offer.LabelOf(plan);
        var text = TamaraLanguage.IsArabic(await _workContext.GetWorkingLanguageAsync()) ? label?.DescriptionAr : label?.DescriptionEn;

        return string.IsNullOrWhiteSpace(text) ? await GetPlanTextAsync(plan) : text;
    }

    #endregion
}
