using System.Globalization;
using Microsoft.AspNetCore.Http;
using Nop.Core;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Payments.Tamara.Api;
using Nop.Plugin.Payments.Tamara.Api.Models;
using Nop.Plugin.Payments.Tamara.Models.Public;
using Nop.Plugin.Payments.Tamara.Services.Checkout;
using Nop.Services.Catalog;
using Nop.Services.Directory;
using Nop.Services.Orders;
using Nop.Services.Payments;
using Nop.Services.Tax;

namespace Nop.Plugin.Payments.Tamara.Services.Widgets;

/// <summary>
/// Prepares Tamara's promotional widget for a placement, or nothing when Tamara would not be offered there
/// </summary>
public class TamaraWidgetService
{
    #region Fields

    private readonly ICurrencyService _currencyService;
    private readonly IOrderTotalCalculationService _orderTotalCalculationService;
    private readonly IPaymentPluginManager _paymentPluginManager;
    private readonly IProductAttributeParser _productAttributeParser;
    private readonly IProductService _productService;
    private readonly IShoppingCartService _shoppingCartService;
    private readonly IStoreContext _storeContext;
    private readonly ITaxService _taxService;
    private readonly IWorkContext _workContext;
    private readonly StorefrontPriceVisibility _priceVisibility;
    private readonly TamaraClientProvider _clientProvider;
    private readonly TamaraEligibilityService _eligibilityService;

    #endregion

    #region Ctor

    public TamaraWidgetService(ICurrencyService currencyService,
        IOrderTotalCalculationService orderTotalCalculationService,
        IPaymentPluginManager paymentPluginManager,
        IProductAttributeParser productAttributeParser,
        IProductService productService,
        IShoppingCartService shoppingCartService,
        IStoreContext storeContext,
        ITaxService taxService,
        IWorkContext workContext,
        StorefrontPriceVisibility priceVisibility,
        TamaraClientProvider clientProvider,
        TamaraEligibilityService eligibilityService)
    {
        _currencyService = currencyService;
        _orderTotalCalculationService = orderTotalCalculationService;
        _paymentPluginManager = paymentPluginManager;
        _productAttributeParser = productAttributeParser;
        _productService = productService;
        _shoppingCartService = shoppingCartService;
        _storeContext = storeContext;
        _taxService = taxService;
        _workContext = workContext;
        _priceVisibility = priceVisibility;
        _clientProvider = clientProvider;
        _eligibilityService = eligibilityService;
    }

    #endregion

    #region Utilities

    private static bool IsEnabled(TamaraSettings settings, TamaraWidgetPlacement placement) => placement switch
    {
        TamaraWidgetPlacement.Product => settings.ProductWidgetEnabled,
        TamaraWidgetPlacement.Cart => settings.CartWidgetEnabled,
        _ => settings.CheckoutWidgetEnabled
    };

    //Tamara's official WooCommerce plugin: 2 for the product widget, 3 for the cart widget (also in its checkout description)
    private static int InlineType(TamaraWidgetPlacement placement) => placement == TamaraWidgetPlacement.Product ? 2 : 3;

    /// <summary>
    /// Gets the amount the widget shows and the products it is for, in the primary store currency
    /// </summary>
    private async Task<(decimal? amount, IReadOnlyList<int> productIds)> GetAmountAsync(TamaraWidgetPlacement placement, int productId, IFormCollection? productForm)
    {
        var store = await _storeContext.GetCurrentStoreAsync();
        var customer = await _workContext.GetCurrentCustomerAsync();

        if (placement == TamaraWidgetPlacement.Product)
        {
            //no amount where nopCommerce shows no price: a hidden product and one that does not exist look the same
            var product = productId > 0 ? await _productService.GetProductByIdAsync(productId) : null;
            if (product is null || !await _priceVisibility.IsPriceShownAsync(product))
                return (null, []);

            //as nopCommerce prices the product page after an attribute or quantity change: the unit price of the chosen
            //attributes and quantity, discounts applied, tax as the store displays prices; then times the quantity
            var attributesXml = productForm is null ? string.Empty : await _productAttributeParser.ParseProductAttributesAsync(product, productForm, []);
            //the page opens with the product's minimum quantity, as nopCommerce's product page does
            var quantity = int.TryParse(productForm?[$"addtocart_{product.Id}.EnteredQuantity"], out var entered) && entered > 0
                ? entered
                : Math.Max(product.OrderMinimumQuantity, 1);
            var (unitPrice, _, _) = await _shoppingCartService.GetUnitPriceAsync(product, customer, store, ShoppingCartType.ShoppingCart, quantity,
                attributesXml, decimal.Zero, null, null, true);
            var (price, _) = await _taxService.GetProductPriceAsync(product, unitPrice);
            return (price * quantity, [product.Id]);
        }

        var cart = await _shoppingCartService.GetShoppingCartAsync(customer, ShoppingCartType.ShoppingCart, store.Id);
        if (cart.Count == 0)
            return (null, []);

        var (total, _, _, _, _, _) = await _orderTotalCalculationService.GetShoppingCartTotalAsync(cart, usePaymentMethodAdditionalFee: false);
        return (total, cart.Select(item => item.ProductId).ToList());
    }

    /// <summary>
    /// Gets the amount of the product or cart widget in the working currency and its Tamara country, when Tamara has a
    /// plan for it
    /// </summary>
    private async Task<(Money? amount, string? countryCode)> GetPromotedAmountAsync(TamaraSettings settings, int storeId,
        TamaraWidgetPlacement placement, int productId, IFormCollection? productForm)
    {
        var currency = await _workContext.GetWorkingCurrencyAsync();
        var countryCode = TamaraCountry.Resolve(currency?.CurrencyCode, settings.AllowedCountries);
        if (currency is null || countryCode is null)
            return (null, null);

        var (primaryAmount, productIds) = await GetAmountAsync(placement, productId, productForm);
        if (primaryAmount is not > decimal.Zero || await _eligibilityService.HasExcludedProductAsync(productIds, settings))
            return (null, null);

        var amount = new Money(TamaraCurrency.Round(await _currencyService.ConvertFromPrimaryStoreCurrencyAsync(primaryAmount.Value, currency), currency.CurrencyCode),
            currency.CurrencyCode);
        if (!await _eligibilityService.HasPlanForAmountAsync(settings, storeId, countryCode, amount))
            return (null, null);

        return (amount, countryCode);
    }

    /// <summary>
    /// Gets the amount of the checkout widget and its Tamara country from the cart's offer, the one the payment step
    /// shows (worked out once a request): the widget shows only where Tamara is offered, for the amount Tamara was asked about
    /// </summary>
    private async Task<(Money? amount, string? countryCode)> GetOfferedAmountAsync()
    {
        var offer = await _eligibilityService.GetOfferForCurrentCartAsync();

        return offer.IsOffered && offer.Amount?.Amount > decimal.Zero ? (offer.Amount, offer.CountryCode) : (null, null);
    }

    #endregion

    #region Methods

    /// <summary>
    /// Gets the script URL of Tamara's widget for the environment: Tamara's CDN for Sandbox and Production, the
    /// setting for Custom URL
    /// </summary>
    /// <param name="settings">Settings of the store</param>
    /// <returns>The URL; null when Custom URL has no absolute http(s) script URL</returns>
    public static string? GetScriptUrl(TamaraSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);

        return settings.Environment switch
        {
            TamaraEnvironment.Production => "https://cdn.tamara.co/widget-v2/tamara-widget.js",
            TamaraEnvironment.Sandbox => "https://cdn-sandbox.tamara.co/widget-v2/tamara-widget.js",
            _ => Uri.TryCreate(settings.WidgetScriptUrl?.Trim(), UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
                ? url.AbsoluteUri
                : null
        };
    }

    /// <summary>
    /// Prepares the widget of a placement for the current shopper
    /// </summary>
    /// <param name="placement">Placement</param>
    /// <param name="productId">Product of the product page; 0 elsewhere</param>
    /// <param name="productForm">The product page's form after an attribute or quantity change; null for the page as it loads</param>
    /// <returns>A task whose result is the widget; null when it is not shown: placement off, plugin not configured or
    /// no public key, Tamara not an active payment method, currency of no allowed Tamara country, a product whose price
    /// the storefront does not show (StorefrontPriceVisibility), an excluded product or category, or no plan for the amount</returns>
    public async Task<TamaraWidgetModel?> PrepareAsync(TamaraWidgetPlacement placement, int productId = 0, IFormCollection? productForm = null)
    {
        var store = await _storeContext.GetCurrentStoreAsync();
        var settings = await _clientProvider.LoadSettingsAsync(store.Id);
        if (!IsEnabled(settings, placement) || !TamaraEligibilityService.IsReadyToOffer(settings) || string.IsNullOrWhiteSpace(settings.PublicKey))
            return null;

        var scriptUrl = GetScriptUrl(settings);
        var customer = await _workContext.GetCurrentCustomerAsync();
        if (scriptUrl is null || !await _paymentPluginManager.IsPluginActiveAsync(TamaraDefaults.SystemName, customer, store.Id))
            return null;

        var (amount, countryCode) = placement == TamaraWidgetPlacement.Checkout
            ? await GetOfferedAmountAsync()
            : await GetPromotedAmountAsync(settings, store.Id, placement, productId, productForm);
        if (amount is null || countryCode is null)
            return null;

        return new TamaraWidgetModel
        {
            Placement = placement.ToString().ToLowerInvariant(),
            Amount = amount.Amount.ToString($"F{TamaraCurrency.MinorDigits(amount.Currency)}", CultureInfo.InvariantCulture),
            InlineType = InlineType(placement),
            Language = TamaraLanguage.IsArabic(await _workContext.GetWorkingLanguageAsync()) ? "ar" : "en",
            Country = countryCode,
            PublicKey = settings.PublicKey.Trim(),
            ScriptUrl = scriptUrl,
            ProductId = placement == TamaraWidgetPlacement.Product ? productId : 0
        };
    }

    #endregion
}
