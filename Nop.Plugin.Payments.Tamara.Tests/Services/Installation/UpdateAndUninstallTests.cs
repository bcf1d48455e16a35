using Moq;
using Nop.Core.Domain.Localization;
using Nop.Plugin.Payments.Tamara.Services.Installation;
using Nop.Plugin.Payments.Tamara.Tests.Support;
using NUnit.Framework;

namespace Nop.Plugin.Payments.Tamara.Tests.Services.Installation;

/// <summary>
/// A store that installed an earlier release and updates, and a store that uninstalls. Releases/ holds what each earlier
/// release installed, taken from its commit: its resource files and its settings as nopCommerce stored them
/// (2026-11-21: the first release, 85059c4; 2026-11-29: the second landing, a73da97; both said version 1.0.0)
/// </summary>
[TestFixture]
public class UpdateAndUninstallTests
{
    private static readonly Language _english = new() { Id = 1, Name = "English", LanguageCulture = "en-US" };
    private static readonly Language _arabic = new() { Id = 2, Name = "العربية", LanguageCulture = "ar-SA" };

    private static string ReleaseFile(string release, string fileName) =>
        Path.Combine(AppContext.BaseDirectory, "Services", "Installation", "Releases", release, fileName);

    private static Dictionary<string, string> ReleaseSettings(string release) =>
        File.ReadAllLines(ReleaseFile(release, "settings.txt")).Select(line => line.Split('=', 2)).ToDictionary(pair => pair[0], pair => pair[1]);

    private static Dictionary<string, string> ReleaseResources(string release, Language language) =>
        TamaraLocaleResourceInstaller.ReadResources(ReleaseFile(release, language == _arabic ? TamaraDefaults.ArabicResourceFile : TamaraDefaults.EnglishResourceFile));

    private static (NopStub Nop, InMemoryStoreTables Tables) NewStore()
    {
        var nop = new NopStub();
        nop.Languages.Setup(service => service.GetAllLanguagesAsync(It.IsAny<bool>(), It.IsAny<int>())).ReturnsAsync([_english, _arabic]);

        return (nop, new InMemoryStoreTables(nop));
    }

    /// <summary>
    /// Gets what a new install of this release writes
    /// </summary>
    private static async Task<InMemoryStoreTables> NewInstallAsync()
    {
        var (nop, tables) = NewStore();
        await nop.CreatePaymentMethod().InstallAsync();

        return tables;
    }

    /// <summary>
    /// Gets a store as an earlier release installed it and its owner then changed it: its own token, capture rule, title
    /// (and its Arabic translation) and an environment for store 1; a description and a hint of its own, one in English
    /// whose default this release changed; a resource of another part of nopCommerce
    /// </summary>
    private static (NopStub Nop, InMemoryStoreTables Tables, Dictionary<(string, int), string> EditedResources) StoreOfRelease(string release)
    {
        var (nop, tables) = NewStore();
        foreach (var (name, value) in ReleaseSettings(release))
            tables.Settings[(name, 0)] = value;
        foreach (var language in new[] { _english, _arabic })
        {
            foreach (var (name, value) in ReleaseResources(release, language))
                tables.Resources[(name.ToLowerInvariant(), language.Id)] = value;
        }

        tables.Settings[("tamarasettings.apitoken", 0)] = "merchant-api-token";
        tables.Settings[("tamarasettings.capturetrigger", 0)] = "Manual";
        tables.Settings[("tamarasettings.title", 0)] = "Tamara: pay later";
        tables.Settings[("tamarasettings.environment", 1)] = "Production";
        tables.Translations[("tamarasettings.title", _arabic.Id)] = "تمارا: ادفع لاحقاً";
        var edited = new Dictionary<(string, int), string>
        {
            [("plugins.payments.tamara.paymentmethoddescription", _english.Id)] = "Pay with Tamara, our way",
            [("plugins.payments.tamara.fields.capturetrigger.hint", _english.Id)] = "We capture when the parcel leaves the warehouse.",
            [("admin.common.save", _english.Id)] = "Save"
        };
        foreach (var (key, value) in edited)
            tables.Resources[key] = value;

        return (nop, tables, edited);
    }

    [TestCase("2026-11-21", TestName = "Update_from_the_first_release_brings_every_resource_new_settings_task_and_widgets_and_keeps_what_the_store_set")]
    [TestCase("2026-11-29", TestName = "Update_from_the_second_landing_brings_every_resource_new_settings_task_and_widgets_and_keeps_what_the_store_set")]
    public async Task Update_keeps_what_the_store_set_and_brings_what_it_lacks(string release)
    {
        var newInstall = await NewInstallAsync();
        var (nop, tables, editedResources) = StoreOfRelease(release);
        var storeSettings = new Dictionary<(string, int), string>(tables.Settings);
        var translations = new Dictionary<(string, int), string>(tables.Translations);
        nop.WidgetSettings.ActiveWidgetSystemNames.Add("Widgets.NivoSlider");

        await nop.CreatePaymentMethod().UpdateAsync("1.0.0", "1.1.0");

        var expectedSettings = new Dictionary<(string, int), string>(newInstall.Settings.Where(setting => !setting.Key.Name.StartsWith("widgetsettings.")));
        foreach (var (key, value) in storeSettings)
            expectedSettings[key] = value;
        Assert.Multiple(() =>
        {
            Assert.That(tables.Settings.Where(setting => !setting.Key.Name.StartsWith("widgetsettings.")), Is.EquivalentTo(expectedSettings),
                "the store's values stay; settings it lacks get this release's defaults");
            Assert.That(tables.Translations, Is.EquivalentTo(translations));
            foreach (var language in new[] { _english, _arabic })
            {
                var expectedResources = newInstall.ResourcesOf(language.Id);
                foreach (var ((name, languageId), value) in editedResources.Where(resource => resource.Key.Item2 == language.Id))
                    expectedResources[name] = value;
                Assert.That(tables.ResourcesOf(language.Id), Is.EquivalentTo(expectedResources),
                    $"{language.Name}: every resource of this release, texts the store wrote kept, unchanged defaults brought up to date");
            }
            Assert.That(tables.Tasks.Select(task => task.Type), Is.EqualTo(new[] { TamaraDefaults.ReconciliationTaskType }));
            Assert.That(tables.Settings[("widgetsettings.activewidgetsystemnames", 0)], Is.EqualTo($"Widgets.NivoSlider,{TamaraDefaults.SystemName}"));
        });
    }

    [Test]
    public async Task Update_deletes_the_plugins_resources_this_release_no_longer_has()
    {
        var (nop, tables) = NewStore();
        await nop.CreatePaymentMethod().InstallAsync();
        tables.Resources[("plugins.payments.tamara.nolongerused", _english.Id)] = "Old text";

        await nop.CreatePaymentMethod().UpdateAsync("1.1.0", "1.2.0");

        Assert.That(tables.Resources.Keys.Select(key => key.Name), Does.Not.Contain("plugins.payments.tamara.nolongerused"));
    }

    [TestCase("2026-11-21")]
    [TestCase("2026-11-29")]
    public void Every_default_text_an_earlier_release_installed_is_this_releases_or_listed_as_an_earlier_default(string release)
    {
        var earlierDefaults = TamaraLocaleResourceInstaller.ReadEarlierDefaults(Path.Combine(AppContext.BaseDirectory, "Localization", TamaraDefaults.EarlierDefaultsResourceFile));
        var current = new[] { TamaraDefaults.EnglishResourceFile, TamaraDefaults.ArabicResourceFile }
            .SelectMany(fileName => TamaraLocaleResourceInstaller.ReadResources(Path.Combine(AppContext.BaseDirectory, "Localization", fileName)))
            .ToLookup(resource => resource.Key, resource => resource.Value, StringComparer.OrdinalIgnoreCase);

        var unknown = new[] { _english, _arabic }
            .SelectMany(language => ReleaseResources(release, language))
            .Where(resource => current.Contains(resource.Key) && !current[resource.Key].Contains(resource.Value) && !earlierDefaults[resource.Key].Contains(resource.Value))
            .Select(resource => resource.Key);

        Assert.That(unknown, Is.Empty, $"a default text changed since {release}: add the text it had to {TamaraDefaults.EarlierDefaultsResourceFile}, " +
            "or updating stores keep it as if they had written it");
    }

    [Test]
    public async Task Uninstall_removes_every_setting_translation_resource_the_task_and_the_widget_activation_and_nothing_else()
    {
        var (nop, tables) = NewStore();
        nop.WidgetSettings.ActiveWidgetSystemNames.Add("Widgets.NivoSlider");
        await nop.CreatePaymentMethod().InstallAsync();
        tables.Settings[(TamaraDefaults.DeletedOrdersSettingKey, 0)] = "1040,1041";
        tables.Settings[(TamaraDefaults.ReconciliationCursorSettingKey, 0)] = "2026-12-01T10:00:00Z|1039";
        tables.Settings[("tamarasettings.apitoken", 2)] = "second-store-token";
        tables.Translations[("tamarasettings.title", _arabic.Id)] = "تمارا";
        tables.Translations[("tamarasettings.description", _english.Id)] = "Pay later with Tamara";
        tables.Settings[("storeinformationsettings.storeclosed", 0)] = "False";
        tables.Settings[("ordersettings.minordertotalamount", 0)] = "0";
        tables.Translations[("ordersettings.minordertotalamount", _arabic.Id)] = "٠";
        tables.Resources[("admin.common.save", _english.Id)] = "Save";

        await nop.CreatePaymentMethod().UninstallAsync();

        Assert.Multiple(() =>
        {
            Assert.That(tables.Settings.Keys, Is.EquivalentTo(new[]
            {
                ("storeinformationsettings.storeclosed", 0), ("ordersettings.minordertotalamount", 0), ("widgetsettings.activewidgetsystemnames", 0)
            }));
            Assert.That(tables.Settings[("widgetsettings.activewidgetsystemnames", 0)], Is.EqualTo("Widgets.NivoSlider"));
            Assert.That(tables.Translations.Keys, Is.EqualTo(new[] { ("ordersettings.minordertotalamount", _arabic.Id) }));
            Assert.That(tables.Resources.Keys, Is.EqualTo(new[] { ("admin.common.save", _english.Id) }));
            Assert.That(tables.Tasks, Is.Empty);
        });
    }
}
