using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Core;
using Nop.Core.Caching;
using Nop.Plugin.Payments.Tamara.Api;
using Nop.Plugin.Payments.Tamara.Api.Models;
using Nop.Plugin.Payments.Tamara.Domain;
using Nop.Plugin.Payments.Tamara.Models.Admin;
using Nop.Plugin.Payments.Tamara.Services;
using Nop.Plugin.Payments.Tamara.Validators;
using Nop.Services.Configuration;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Services.Security;
using Nop.Services.Stores;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Payments.Tamara.Controllers;

[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[ValidateIpAddress]
[AutoValidateAntiforgeryToken]
public class TamaraConfigurationController : BasePluginController
{
    #region Fields

    private const string VIEW_PATH = "~/Plugins/Payments.Tamara/Views/Admin/Configure.cshtml";

    private readonly ILanguageService _languageService;
    private readonly ILocalizationService _localizationService;
    private readonly INotificationService _notificationService;
    private readonly ISettingService _settingService;
    private readonly IStaticCacheManager _staticCacheManager;
    private readonly IStoreContext _storeContext;
    private readonly IStoreService _storeService;
    private readonly TamaraClientProvider _clientProvider;

    #endregion

    #region Ctor

    public TamaraConfigurationController(ILanguageService languageService,
        ILocalizationService localizationService,
        INotificationService notificationService,
        ISettingService settingService,
        IStaticCacheManager staticCacheManager,
        IStoreContext storeContext,
        IStoreService storeService,
        TamaraClientProvider clientProvider)
    {
        _languageService = languageService;
        _localizationService = localizationService;
        _notificationService = notificationService;
        _settingService = settingService;
        _staticCacheManager = staticCacheManager;
        _storeContext = storeContext;
        _storeService = storeService;
        _clientProvider = clientProvider;
    }

    #endregion

    #region Utilities

    private static string MaskSecret(string? secret)
    {
        if (string.IsNullOrWhiteSpace(secret))
            return string.Empty;

        var trimmed = secret.Trim();

        return trimmed.Length <= 8 ? new string('•', 8) : $"{new string('•', 8)}{trimmed[^4..]}";
    }

    private async Task<string> GetNotConfiguredMessageAsync(TamaraSettings settings) => await GetResourceAsync(
        !string.IsNullOrWhiteSpace(settings.ApiToken) && !TamaraClientProvider.IsTokenForThisConnection(settings)
            ? "Configuration.TokenForAnotherUrl"
            : "Configuration.NotConfigured");

    private async Task<string> GetResourceAsync(string name) => await _localizationService.GetResourceAsync(TamaraDefaults.ResourcePrefix + name);

    private async Task PrepareListsAsync(ConfigurationModel model)
    {
        model.AvailableEnvironments.Clear();
        foreach (var environment in Enum.GetValues<TamaraEnvironment>())
            model.AvailableEnvironments.Add(new SelectListItem(await GetResourceAsync($"Environment.{environment}"), ((int)environment).ToString()));

        model.AvailableCaptureTriggers.Clear();
        foreach (var trigger in Enum.GetValues<CaptureTrigger>())
            model.AvailableCaptureTriggers.Add(new SelectListItem(await GetResourceAsync($"CaptureTrigger.{trigger}"), ((int)trigger).ToString()));

        model.AvailablePaymentTypes.Clear();
        foreach (var paymentType in Enum.GetValues<TamaraPaymentType>().Where(type => type != TamaraPaymentType.Unknown))
        {
            model.AvailablePaymentTypes.Add(new SelectListItem(await GetResourceAsync($"PaymentType.{paymentType}"), paymentType.ToString(),
                model.EnabledPaymentTypes.Contains(paymentType.ToString())));
        }
    }

    private async Task PrepareSecretsAsync(ConfigurationModel model, TamaraSettings settings)
    {
        model.ApiToken = string.Empty;
        model.NotificationToken = string.Empty;
        model.ApiTokenMasked = MaskSecret(settings.ApiToken);
        model.NotificationTokenMasked = MaskSecret(settings.NotificationToken);
        model.IsConfigured = TamaraClientProvider.IsConfigured(settings);
        model.NotConfiguredMessage = model.IsConfigured ? null : await GetNotConfiguredMessageAsync(settings);
        model.WebhookId = settings.WebhookId;
        await PrepareListsAsync(model);
    }

    private async Task<ConfigurationModel> PrepareModelAsync(TamaraSettings settings, int storeScope)
    {
        var model = new ConfigurationModel
        {
            ActiveStoreScopeConfiguration = storeScope,
            EnvironmentId = (int)settings.Environment,
            CustomApiUrl = settings.CustomApiUrl,
            PublicKey = settings.PublicKey,
            EnabledPaymentTypes = settings.EnabledPaymentTypes.ToList(),
            EnabledInstalments = string.Join(", ", settings.EnabledInstalments),
            Title = settings.Title,
            Description = settings.Description,
            AllowedCountries = string.Join(", ", settings.AllowedCountries),
            ExcludedProductIds = string.Join(", ", settings.ExcludedProductIds),
            ExcludedCategoryIds = string.Join(", ", settings.ExcludedCategoryIds),
            EligibilityFailOpen = settings.EligibilityFailOpen,
            EligibilityCacheMinutes = settings.EligibilityCacheMinutes,
            SendRiskAssessment = settings.SendRiskAssessment,
            CheckoutExpiryMinutes = settings.CheckoutExpiryMinutes,
            AdditionalFee = settings.AdditionalFee,
            AdditionalFeePercentage = settings.AdditionalFeePercentage,
            CaptureTriggerId = (int)settings.CaptureTrigger,
            CancelAtTamaraOnOrderCancelled = settings.CancelAtTamaraOnOrderCancelled,
            SendOfflineRefundsToTamara = settings.SendOfflineRefundsToTamara,
            WarnUncapturedAfterDays = settings.WarnUncapturedAfterDays,
            DebugLogging = settings.DebugLogging,
            ProductWidgetEnabled = settings.ProductWidgetEnabled,
            ProductWidgetZone = settings.ProductWidgetZone,
            CartWidgetEnabled = settings.CartWidgetEnabled,
            CartWidgetZone = settings.CartWidgetZone,
            CheckoutWidgetEnabled = settings.CheckoutWidgetEnabled,
            CheckoutWidgetZone = settings.CheckoutWidgetZone,
            WidgetScriptUrl = settings.WidgetScriptUrl
        };
        await PrepareSecretsAsync(model, settings);

        foreach (var language in await _languageService.GetAllLanguagesAsync(true))
        {
            model.Locales.Add(new ConfigurationModel.ConfigurationLocalizedModel
            {
                LanguageId = language.Id,
                Title = await _localizationService.GetLocalizedSettingAsync(settings, setting => setting.Title, language.Id, 0, false, false),
                Description = await _localizationService.GetLocalizedSettingAsync(settings, setting => setting.Description, language.Id, 0, false, false)
            });
        }

        if (storeScope > 0)
        {
            model.EnvironmentId_OverrideForStore = await _settingService.SettingExistsAsync(settings, setting => setting.Environment, storeScope);
            model.CustomApiUrl_OverrideForStore = await _settingService.SettingExistsAsync(settings, setting => setting.CustomApiUrl, storeScope);
            model.ApiToken_OverrideForStore = await _settingService.SettingExistsAsync(settings, setting => setting.ApiToken, storeScope);
            model.NotificationToken_OverrideForStore = await _settingService.SettingExistsAsync(settings, setting => setting.NotificationToken, storeScope);
            model.PublicKey_OverrideForStore = await _settingService.SettingExistsAsync(settings, setting => setting.PublicKey, storeScope);
            model.EnabledPaymentTypes_OverrideForStore = await _settingService.SettingExistsAsync(settings, setting => setting.EnabledPaymentTypes, storeScope);
            model.EnabledInstalments_OverrideForStore = await _settingService.SettingExistsAsync(settings, setting => setting.EnabledInstalments, storeScope);
            model.Title_OverrideForStore = await _settingService.SettingExistsAsync(settings, setting => setting.Title, storeScope);
            model.Description_OverrideForStore = await _settingService.SettingExistsAsync(settings, setting => setting.Description, storeScope);
            model.AllowedCountries_OverrideForStore = await _settingService.SettingExistsAsync(settings, setting => setting.AllowedCountries, storeScope);
            model.ExcludedProductIds_OverrideForStore = await _settingService.SettingExistsAsync(settings, setting => setting.ExcludedProductIds, storeScope);
            model.ExcludedCategoryIds_OverrideForStore = await _settingService.SettingExistsAsync(settings, setting => setting.ExcludedCategoryIds, storeScope);
            model.EligibilityFailOpen_OverrideForStore = await _settingService.SettingExistsAsync(settings, setting => setting.EligibilityFailOpen, storeScope);
            model.EligibilityCacheMinutes_OverrideForStore = await _settingService.SettingExistsAsync(settings, setting => setting.EligibilityCacheMinutes, storeScope);
            model.SendRiskAssessment_OverrideForStore = await _settingService.SettingExistsAsync(settings, setting => setting.SendRiskAssessment, storeScope);
            model.CheckoutExpiryMinutes_OverrideForStore = await _settingService.SettingExistsAsync(settings, setting => setting.CheckoutExpiryMinutes, storeScope);
            model.AdditionalFee_OverrideForStore = await _settingService.SettingExistsAsync(settings, setting => setting.AdditionalFee, storeScope);
            model.AdditionalFeePercentage_OverrideForStore = await _settingService.SettingExistsAsync(settings, setting => setting.AdditionalFeePercentage, storeScope);
            model.CaptureTriggerId_OverrideForStore = await _settingService.SettingExistsAsync(settings, setting => setting.CaptureTrigger, storeScope);
            model.CancelAtTamaraOnOrderCancelled_OverrideForStore = await _settingService.SettingExistsAsync(settings, setting => setting.CancelAtTamaraOnOrderCancelled, storeScope);
            model.SendOfflineRefundsToTamara_OverrideForStore = await _settingService.SettingExistsAsync(settings, setting => setting.SendOfflineRefundsToTamara, storeScope);
            model.WarnUncapturedAfterDays_OverrideForStore = await _settingService.SettingExistsAsync(settings, setting => setting.WarnUncapturedAfterDays, storeScope);
            model.DebugLogging_OverrideForStore = await _settingService.SettingExistsAsync(settings, setting => setting.DebugLogging, storeScope);
            model.ProductWidgetEnabled_OverrideForStore = await _settingService.SettingExistsAsync(settings, setting => setting.ProductWidgetEnabled, storeScope);
            model.ProductWidgetZone_OverrideForStore = await _settingService.SettingExistsAsync(settings, setting => setting.ProductWidgetZone, storeScope);
            model.CartWidgetEnabled_OverrideForStore = await _settingService.SettingExistsAsync(settings, setting => setting.CartWidgetEnabled, storeScope);
            model.CartWidgetZone_OverrideForStore = await _settingService.SettingExistsAsync(settings, setting => setting.CartWidgetZone, storeScope);
            model.CheckoutWidgetEnabled_OverrideForStore = await _settingService.SettingExistsAsync(settings, setting => setting.CheckoutWidgetEnabled, storeScope);
            model.CheckoutWidgetZone_OverrideForStore = await _settingService.SettingExistsAsync(settings, setting => setting.CheckoutWidgetZone, storeScope);
            model.WidgetScriptUrl_OverrideForStore = await _settingService.SettingExistsAsync(settings, setting => setting.WidgetScriptUrl, storeScope);
        }

        return model;
    }

    private async Task SaveAsync(ConfigurationModel model, TamaraSettings settings, int storeScope)
    {
        settings.Environment = (TamaraEnvironment)model.EnvironmentId;
        settings.CustomApiUrl = model.CustomApiUrl?.Trim() ?? string.Empty;
        if (!string.IsNullOrWhiteSpace(model.ApiToken))
        {
            settings.ApiToken = TamaraSecret.Clean(model.ApiToken);
            settings.ApiTokenBaseUrl = TamaraClientProvider.GetBaseUrl(settings.Environment, settings.CustomApiUrl) ?? string.Empty;
        }
        if (!string.IsNullOrWhiteSpace(model.NotificationToken))
            settings.NotificationToken = TamaraSecret.Clean(model.NotificationToken);
        settings.PublicKey = model.PublicKey?.Trim() ?? string.Empty;
        settings.EnabledPaymentTypes = model.EnabledPaymentTypes.Distinct().ToList();
        settings.EnabledInstalments = ConfigurationValidator.ParseIntegers(model.EnabledInstalments) ?? [];
        settings.Title = model.Title?.Trim() ?? string.Empty;
        settings.Description = model.Description?.Trim() ?? string.Empty;
        settings.AllowedCountries = ConfigurationValidator.ParseCodes(model.AllowedCountries);
        settings.ExcludedProductIds = ConfigurationValidator.ParseIntegers(model.ExcludedProductIds) ?? [];
        settings.ExcludedCategoryIds = ConfigurationValidator.ParseIntegers(model.ExcludedCategoryIds) ?? [];
        settings.EligibilityFailOpen = model.EligibilityFailOpen;
        settings.EligibilityCacheMinutes = model.EligibilityCacheMinutes;
        settings.SendRiskAssessment = model.SendRiskAssessment;
        settings.CheckoutExpiryMinutes = model.CheckoutExpiryMinutes;
        settings.AdditionalFee = model.AdditionalFee;
        settings.AdditionalFeePercentage = model.AdditionalFeePercentage;
        settings.CaptureTrigger = (CaptureTrigger)model.CaptureTriggerId;
        settings.CancelAtTamaraOnOrderCancelled = model.CancelAtTamaraOnOrderCancelled;
        settings.SendOfflineRefundsToTamara = model.SendOfflineRefundsToTamara;
        settings.WarnUncapturedAfterDays = model.WarnUncapturedAfterDays;
        settings.DebugLogging = model.DebugLogging;
        settings.ProductWidgetEnabled = model.ProductWidgetEnabled;
        settings.ProductWidgetZone = model.ProductWidgetZone?.Trim() ?? string.Empty;
        settings.CartWidgetEnabled = model.CartWidgetEnabled;
        settings.CartWidgetZone = model.CartWidgetZone?.Trim() ?? string.Empty;
        settings.CheckoutWidgetEnabled = model.CheckoutWidgetEnabled;
        settings.CheckoutWidgetZone = model.CheckoutWidgetZone?.Trim() ?? string.Empty;
        settings.WidgetScriptUrl = model.WidgetScriptUrl?.Trim() ?? string.Empty;

        await _settingService.SaveSettingOverridablePerStoreAsync(settings, setting => setting.Environment, model.EnvironmentId_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, setting => setting.CustomApiUrl, model.CustomApiUrl_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, setting => setting.ApiToken, model.ApiToken_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, setting => setting.ApiTokenBaseUrl, model.ApiToken_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, setting => setting.NotificationToken, model.NotificationToken_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, setting => setting.PublicKey, model.PublicKey_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, setting => setting.EnabledPaymentTypes, model.EnabledPaymentTypes_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, setting => setting.EnabledInstalments, model.EnabledInstalments_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, setting => setting.Title, model.Title_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, setting => setting.Description, model.Description_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, setting => setting.AllowedCountries, model.AllowedCountries_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, setting => setting.ExcludedProductIds, model.ExcludedProductIds_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, setting => setting.ExcludedCategoryIds, model.ExcludedCategoryIds_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, setting => setting.EligibilityFailOpen, model.EligibilityFailOpen_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, setting => setting.EligibilityCacheMinutes, model.EligibilityCacheMinutes_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, setting => setting.SendRiskAssessment, model.SendRiskAssessment_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, setting => setting.CheckoutExpiryMinutes, model.CheckoutExpiryMinutes_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, setting => setting.AdditionalFee, model.AdditionalFee_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, setting => setting.AdditionalFeePercentage, model.AdditionalFeePercentage_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, setting => setting.CaptureTrigger, model.CaptureTriggerId_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, setting => setting.CancelAtTamaraOnOrderCancelled, model.CancelAtTamaraOnOrderCancelled_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, setting => setting.SendOfflineRefundsToTamara, model.SendOfflineRefundsToTamara_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, setting => setting.WarnUncapturedAfterDays, model.WarnUncapturedAfterDays_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, setting => setting.DebugLogging, model.DebugLogging_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, setting => setting.ProductWidgetEnabled, model.ProductWidgetEnabled_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, setting => setting.ProductWidgetZone, model.ProductWidgetZone_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, setting => setting.CartWidgetEnabled, model.CartWidgetEnabled_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, setting => setting.CartWidgetZone, model.CartWidgetZone_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, setting => setting.CheckoutWidgetEnabled, model.CheckoutWidgetEnabled_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, setting => setting.CheckoutWidgetZone, model.CheckoutWidgetZone_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, setting => setting.WidgetScriptUrl, model.WidgetScriptUrl_OverrideForStore, storeScope, false);
        await _settingService.ClearCacheAsync();

        //localization: nopCommerce keeps localized settings for all stores
        foreach (var localized in model.Locales)
        {
            await _localizationService.SaveLocalizedSettingAsync(settings, setting => setting.Title, localized.LanguageId, localized.Title ?? string.Empty);
            await _localizationService.SaveLocalizedSettingAsync(settings, setting => setting.Description, localized.LanguageId, localized.Description ?? string.Empty);
        }

        await _staticCacheManager.RemoveByPrefixAsync(TamaraDefaults.PaymentTypesCachePrefix);
    }

    #endregion

    #region Methods

    [CheckPermission(StandardPermission.Configuration.MANAGE_PAYMENT_METHODS)]
    public async Task<IActionResult> Configure()
    {
        var storeScope = await _storeContext.GetActiveStoreScopeConfigurationAsync();
        var settings = await _settingService.LoadSettingAsync<TamaraSettings>(storeScope);

        return View(VIEW_PATH, await PrepareModelAsync(settings, storeScope));
    }

    [HttpPost]
    [CheckPermission(StandardPermission.Configuration.MANAGE_PAYMENT_METHODS)]
    public async Task<IActionResult> Configure(ConfigurationModel model)
    {
        var storeScope = await _storeContext.GetActiveStoreScopeConfigurationAsync();
        var settings = await _settingService.LoadSettingAsync<TamaraSettings>(storeScope);

        foreach (var (field, resourceName) in ConfigurationValidator.Validate(model, settings))
            ModelState.AddModelError(field, await _localizationService.GetResourceAsync(resourceName));

        if (!ModelState.IsValid)
        {
            model.ActiveStoreScopeConfiguration = storeScope;
            await PrepareSecretsAsync(model, settings);
            return View(VIEW_PATH, model);
        }

        await SaveAsync(model, settings, storeScope);
        _notificationService.SuccessNotification(await _localizationService.GetResourceAsync("Admin.Plugins.Saved"));

        return RedirectToAction(nameof(Configure));
    }

    [HttpPost]
    [CheckPermission(StandardPermission.Configuration.MANAGE_PAYMENT_METHODS)]
    public async Task<IActionResult> TestConnection()
    {
        var storeScope = await _storeContext.GetActiveStoreScopeConfigurationAsync();
        var settings = await _settingService.LoadSettingAsync<TamaraSettings>(storeScope);
        if (!TamaraClientProvider.IsConfigured(settings))
        {
            _notificationService.ErrorNotification(await GetNotConfiguredMessageAsync(settings));
            return RedirectToAction(nameof(Configure));
        }

        try
        {
            var configs = await _clientProvider.CreateClient(settings).Merchant.GetConfigsAsync();
            settings.PublicKey = configs.PublicKey ?? string.Empty;
            await _settingService.SaveSettingOverridablePerStoreAsync(settings, setting => setting.PublicKey, true, storeScope);
            _notificationService.SuccessNotification(await GetResourceAsync("Configuration.TestConnection.Success"));
        }
        catch (TamaraException exception)
        {
            var hint = exception is TamaraApiException { IsAuthenticationFailure: true } ? await GetResourceAsync("Configuration.TestConnection.TokenHint") : string.Empty;
            _notificationService.ErrorNotification(string.Format(await GetResourceAsync("Configuration.TestConnection.Failed"), TamaraFailure.Describe(exception), hint));
        }

        return RedirectToAction(nameof(Configure));
    }

    [HttpPost]
    [CheckPermission(StandardPermission.Configuration.MANAGE_PAYMENT_METHODS)]
    public async Task<IActionResult> RegisterWebhook()
    {
        var storeScope = await _storeContext.GetActiveStoreScopeConfigurationAsync();
        var settings = await _settingService.LoadSettingAsync<TamaraSettings>(storeScope);
        if (!TamaraClientProvider.IsConfigured(settings))
        {
            _notificationService.ErrorNotification(await GetNotConfiguredMessageAsync(settings));
            return RedirectToAction(nameof(Configure));
        }

        var store = storeScope > 0 ? await _storeService.GetStoreByIdAsync(storeScope) : await _storeContext.GetCurrentStoreAsync();
        var request = new WebhookRequest
        {
            Url = TamaraStoreUrl.GetAbsoluteUrl(store, TamaraDefaults.RoutePath.Webhook),
            Events = TamaraDefaults.WebhookEvents.ToList()
        };

        try
        {
            var registration = await _clientProvider.CreateClient(settings).Webhooks.RegisterAsync(request);
            settings.WebhookId = registration.WebhookId;
            await _settingService.SaveSettingOverridablePerStoreAsync(settings, setting => setting.WebhookId, true, storeScope);

            var message = registration.AlreadyRegistered ? "Configuration.RegisterWebhook.AlreadyRegistered" : "Configuration.RegisterWebhook.Success";
            _notificationService.SuccessNotification(string.Format(await GetResourceAsync(message), registration.WebhookId, request.Url));
        }
        catch (TamaraException exception)
        {
            _notificationService.ErrorNotification(string.Format(await GetResourceAsync("Configuration.RegisterWebhook.Failed"), TamaraFailure.Describe(exception)));
        }

        return RedirectToAction(nameof(Configure));
    }

    #endregion
}
