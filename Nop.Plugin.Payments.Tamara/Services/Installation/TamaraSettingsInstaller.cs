using System.Linq.Expressions;
using System.Reflection;
using Nop.Services.Configuration;
using Nop.Services.Localization;

namespace Nop.Plugin.Payments.Tamara.Services.Installation;

/// <summary>
/// Installs and removes the plugin's settings: the defaults a store has no value for, and on uninstall every setting the
/// plugin wrote
/// </summary>
public class TamaraSettingsInstaller
{
    #region Fields

    private readonly ILanguageService _languageService;
    private readonly ILocalizationService _localizationService;
    private readonly ISettingService _settingService;

    #endregion

    #region Ctor

    public TamaraSettingsInstaller(ILanguageService languageService,
        ILocalizationService localizationService,
        ISettingService settingService)
    {
        _languageService = languageService;
        _localizationService = localizationService;
        _settingService = settingService;
    }

    #endregion

    #region Utilities

    private async Task AddIfMissingAsync<TPropType>(TamaraSettings defaults, Expression<Func<TamaraSettings, TPropType>> keySelector)
    {
        if (!await _settingService.SettingExistsAsync(defaults, keySelector))
            await _settingService.SaveSettingAsync(defaults, keySelector, clearCache: false);
    }

    #endregion

    #region Methods

    /// <summary>
    /// Saves, for all stores, each default the store has no value for and leaves every value it has: on install that is
    /// every setting, on update the settings added since the store's release
    /// </summary>
    /// <param name="defaults">Settings of a new install</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    public async Task InstallAsync(TamaraSettings defaults)
    {
        ArgumentNullException.ThrowIfNull(defaults);

        //nopCommerce converts a setting by its property's type, so each property goes through the typed per-property calls
        var addIfMissing = typeof(TamaraSettingsInstaller).GetMethod(nameof(AddIfMissingAsync), BindingFlags.NonPublic | BindingFlags.Instance)!;
        var settings = Expression.Parameter(typeof(TamaraSettings), "settings");
        foreach (var property in typeof(TamaraSettings).GetProperties().Where(property => property.CanRead && property.CanWrite))
        {
            var keySelector = Expression.Lambda(Expression.Property(settings, property), settings);
            await (Task)addIfMissing.MakeGenericMethod(property.PropertyType).Invoke(this, [defaults, keySelector])!;
        }

        await _settingService.ClearCacheAsync();
    }

    /// <summary>
    /// Deletes every setting of the plugin in every store, TamaraSettings' and the plugin's own keys, after the Title and
    /// Description translations that hang on them
    /// </summary>
    /// <returns>A task that represents the asynchronous operation</returns>
    public async Task UninstallAsync()
    {
        //nopCommerce deletes a translation saved empty
        var settings = new TamaraSettings();
        foreach (var language in await _languageService.GetAllLanguagesAsync(true))
        {
            await _localizationService.SaveLocalizedSettingAsync(settings, setting => setting.Title, language.Id, string.Empty);
            await _localizationService.SaveLocalizedSettingAsync(settings, setting => setting.Description, language.Id, string.Empty);
        }

        var pluginSettings = (await _settingService.GetAllSettingsAsync())
            .Where(setting => TamaraDefaults.SettingKeyPrefixes.Any(prefix => setting.Name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        await _settingService.DeleteSettingsAsync(pluginSettings);
    }

    #endregion
}
