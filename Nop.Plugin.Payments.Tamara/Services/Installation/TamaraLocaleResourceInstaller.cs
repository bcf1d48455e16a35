using System.Xml.Linq;
using Nop.Plugin.Payments.Tamara.Services.Checkout;
using Nop.Services.Localization;

namespace Nop.Plugin.Payments.Tamara.Services.Installation;

/// <summary>
/// Installs the plugin's English and Arabic locale resources from Localization/*.xml (nopCommerce language pack format),
/// keeping every text the store wrote
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

    private static IEnumerable<(string Name, string Value)> ReadResourceElements(string path) =>
        XDocument.Load(path).Root!.Elements("LocaleResource")
            .Select(resource => ((string)resource.Attribute("Name")!, resource.Element("Value")?.Value ?? string.Empty));

    #endregion

    #region Methods

    /// <summary>
    /// Reads a resource file
    /// </summary>
    /// <param name="path">Path of a nopCommerce language pack file</param>
    /// <returns>Resource values by resource name</returns>
    public static Dictionary<string, string> ReadResources(string path)
    {
        return ReadResourceElements(path).ToDictionary(resource => resource.Name, resource => resource.Value, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Reads the default texts of earlier releases that this release changed (a name may have several)
    /// </summary>
    /// <param name="path">Path of a file in nopCommerce language pack format</param>
    /// <returns>Earlier default texts by resource name</returns>
    public static ILookup<string, string> ReadEarlierDefaults(string path)
    {
        return ReadResourceElements(path).ToLookup(resource => resource.Name, resource => resource.Value, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Brings every language the plugin's resources, English, and Arabic for the Arabic languages: adds the resources a
    /// language lacks, replaces a text that is still an earlier release's default with this release's, keeps every text
    /// the store wrote, and deletes the plugin's resources this release no longer has. Install and update both run it
    /// </summary>
    /// <returns>A task that represents the asynchronous operation</returns>
    public async Task InstallAsync()
    {
        var english = ReadResources(GetResourceFilePath(TamaraDefaults.EnglishResourceFile));
        var arabic = new Dictionary<string, string>(english, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in ReadResources(GetResourceFilePath(TamaraDefaults.ArabicResourceFile)))
            arabic[name] = value;
        var earlierDefaults = ReadEarlierDefaults(GetResourceFilePath(TamaraDefaults.EarlierDefaultsResourceFile));

        foreach (var language in await _languageService.GetAllLanguagesAsync(true))
        {
            var resources = TamaraLanguage.IsArabic(language) ? arabic : english;
            //nopCommerce keys a language's resources by lower-case name
            var current = await _localizationService.GetAllResourceValuesAsync(language.Id, null);

            var toWrite = resources
                .Where(resource => !current.TryGetValue(resource.Key.ToLowerInvariant(), out var existing)
                    || existing.Value != resource.Value && earlierDefaults[resource.Key].Contains(existing.Value))
                .ToDictionary(resource => resource.Key, resource => resource.Value);
            if (toWrite.Count > 0)
                await _localizationService.AddOrUpdateLocaleResourceAsync(toWrite, language.Id);

            var noLongerUsed = current.Keys
                .Where(name => name.StartsWith(TamaraDefaults.ResourcePrefix, StringComparison.OrdinalIgnoreCase) && !resources.ContainsKey(name))
                .ToList();
            if (noLongerUsed.Count > 0)
                await _localizationService.DeleteLocaleResourcesAsync(noLongerUsed, language.Id);
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
