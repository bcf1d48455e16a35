using System.Xml.Linq;
using Nop.Plugin.Payments.Tamara.Services.Checkout;
using Nop.Services.Localization;

namespace Nop.Plugin.Payments.Tamara.Services.Installation;

/// <summary>
/// Installs the plugin's English and Arabic locale resources from Localization/*.xml (nopCommerce language pack format)
/// </summary>
public class TamaraLocaleResourceInstaller
{
    #region Fields

    private readonly ILanguageService _languageService;
    private readonly ILocalizationService _localizationService;

    #endregion

    #region Ctor

    public TamaraLocaleResourceInstaller(ILanguageService languageService,
        ILocalizationService localizationService)
    {
        _languageService = languageService;
        _localizationService = localizationService;
    }

    #endregion

    #region Utilities

    private static string GetResourceFilePath(string fileName)
    {
        var pluginDirectory = Path.GetDirectoryName(typeof(TamaraLocaleResourceInstaller).Assembly.Location) ?? AppContext.BaseDirectory;

        return Path.Combine(pluginDirectory, "Localization", fileName);
    }

    #endregion

    #region Methods

    /// <summary>
    /// Reads a resource file
    /// </summary>
    /// <param name="path">Path of a nopCommerce language pack file</param>
    /// <returns>Resource values by resource name</returns>
    public static Dictionary<string, string> ReadResources(string path)
    {
        var document = XDocument.Load(path);

        return document.Root!.Elements("LocaleResource")
            .ToDictionary(resource => (string)resource.Attribute("Name")!, resource => resource.Element("Value")?.Value ?? string.Empty);
    }

    /// <summary>
    /// Adds the English resources to every language, then the Arabic ones to the Arabic languages
    /// </summary>
    /// <returns>A task that represents the asynchronous operation</returns>
    public async Task InstallAsync()
    {
        await _localizationService.AddOrUpdateLocaleResourceAsync(ReadResources(GetResourceFilePath(TamaraDefaults.EnglishResourceFile)));

        var arabic = ReadResources(GetResourceFilePath(TamaraDefaults.ArabicResourceFile));
        foreach (var language in await _languageService.GetAllLanguagesAsync(true))
        {
            if (TamaraLanguage.IsArabic(language))
                await _localizationService.AddOrUpdateLocaleResourceAsync(arabic, language.Id);
        }
    }

    /// <summary>
    /// Deletes every resource of the plugin
    /// </summary>
    /// <returns>A task that represents the asynchronous operation</returns>
    public Task UninstallAsync()
    {
        return _localizationService.DeleteLocaleResourcesAsync(TamaraDefaults.ResourcePrefix.TrimEnd('.'));
    }

    #endregion
}
