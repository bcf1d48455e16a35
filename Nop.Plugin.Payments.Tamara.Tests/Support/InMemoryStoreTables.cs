using System.Collections;
using System.Globalization;
using System.Linq.Expressions;
using Moq;
using Nop.Core.Domain.Cms;
using Nop.Core.Domain.Configuration;
using Nop.Core.Domain.ScheduleTasks;
using Nop.Services.Configuration;
using Nop.Services.Localization;

namespace Nop.Plugin.Payments.Tamara.Tests.Support;

/// <summary>
/// nopCommerce's tables that installing, updating and uninstalling the plugin write, kept in memory behind the stub's
/// mocks: settings (name lower-case, per store, values as text as nopCommerce converts them), locale resources (per
/// language), translations of settings (on the all-stores setting, deleted when saved empty) and schedule tasks
/// </summary>
public sealed class InMemoryStoreTables
{
    public InMemoryStoreTables(NopStub nop)
    {
        SetUpSettings(nop.SettingService);
        SetUpResources(nop.Localization);
        SetUpTasks(nop);
    }

    #region Tables

    /// <summary>Setting values by (name, store id)</summary>
    public Dictionary<(string Name, int StoreId), string> Settings { get; } = new();

    /// <summary>Locale resource values by (name, language id)</summary>
    public Dictionary<(string Name, int LanguageId), string> Resources { get; } = new();

    /// <summary>Translated setting values by (setting name, language id)</summary>
    public Dictionary<(string SettingName, int LanguageId), string> Translations { get; } = new();

    public List<ScheduleTask> Tasks { get; } = new();

    #endregion

    #region Set-up

    private static string KeyOf(LambdaExpression keySelector) =>
        $"{keySelector.Parameters[0].Type.Name}.{((MemberExpression)keySelector.Body).Member.Name}".ToLowerInvariant();

    /// <summary>
    /// Converts a value to text the way nopCommerce's type converters do: lists comma-separated, numbers invariant
    /// </summary>
    private static string ToText(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        IEnumerable items => string.Join(",", items.Cast<object>().Select(ToText)),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty
    };

    private void SetUpSettings(Mock<ISettingService> settingService)
    {
        settingService.Setup(service => service.SettingExistsAsync(It.IsAny<TamaraSettings>(), It.IsAny<Expression<Func<TamaraSettings, It.IsAnyType>>>(), It.IsAny<int>()))
            .Returns(new InvocationFunc(invocation =>
                Task.FromResult(Settings.ContainsKey((KeyOf((LambdaExpression)invocation.Arguments[1]), (int)invocation.Arguments[2])))));
        settingService.Setup(service => service.SaveSettingAsync(It.IsAny<TamaraSettings>(), It.IsAny<Expression<Func<TamaraSettings, It.IsAnyType>>>(), It.IsAny<int>(), It.IsAny<bool>()))
            .Returns(new InvocationFunc(invocation =>
            {
                var keySelector = (LambdaExpression)invocation.Arguments[1];
                Settings[(KeyOf(keySelector), (int)invocation.Arguments[2])] = ToText(keySelector.Compile().DynamicInvoke(invocation.Arguments[0]));
                return Task.CompletedTask;
            }));
        settingService.Setup(service => service.SaveSettingAsync(It.IsAny<WidgetSettings>(), It.IsAny<int>()))
            .Callback((WidgetSettings settings, int storeId) =>
                Settings[("widgetsettings.activewidgetsystemnames", storeId)] = ToText(settings.ActiveWidgetSystemNames))
            .Returns(Task.CompletedTask);
        settingService.Setup(service => service.GetAllSettingsAsync())
            .ReturnsAsync(() => Settings.Select(setting => new Setting(setting.Key.Name, setting.Value, setting.Key.StoreId)).ToList());
        settingService.Setup(service => service.DeleteSettingsAsync(It.IsAny<IList<Setting>>()))
            .Callback((IList<Setting> settings) =>
            {
                foreach (var setting in settings)
                    Settings.Remove((setting.Name, setting.StoreId));
            })
            .Returns(Task.CompletedTask);
        settingService.Setup(service => service.ClearCacheAsync()).Returns(Task.CompletedTask);
    }

    private void SetUpResources(Mock<ILocalizationService> localization)
    {
        localization.Setup(service => service.GetAllResourceValuesAsync(It.IsAny<int>(), null))
            .ReturnsAsync((int languageId, bool? _) => Resources.Where(resource => resource.Key.LanguageId == languageId)
                .ToDictionary(resource => resource.Key.Name, resource => new KeyValuePair<int, string>(0, resource.Value)));
        localization.Setup(service => service.AddOrUpdateLocaleResourceAsync(It.IsAny<IDictionary<string, string>>(), It.IsAny<int?>()))
            .Callback((IDictionary<string, string> resources, int? languageId) =>
            {
                foreach (var (name, value) in resources)
                    Resources[(name.ToLowerInvariant(), languageId ?? throw new ArgumentException("the plugin writes each language's resources"))] = value;
            })
            .Returns(Task.CompletedTask);
        localization.Setup(service => service.DeleteLocaleResourcesAsync(It.IsAny<IList<string>>(), It.IsAny<int?>()))
            .Callback((IList<string> names, int? languageId) =>
            {
                foreach (var key in Resources.Keys.Where(key => (languageId is null || key.LanguageId == languageId)
                    && names.Contains(key.Name, StringComparer.OrdinalIgnoreCase)).ToList())
                    Resources.Remove(key);
            })
            .Returns(Task.CompletedTask);
        localization.Setup(service => service.DeleteLocaleResourcesAsync(It.IsAny<string>(), It.IsAny<int?>()))
            .Callback((string prefix, int? languageId) =>
            {
                foreach (var key in Resources.Keys.Where(key => (languageId is null || key.LanguageId == languageId)
                    && key.Name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)).ToList())
                    Resources.Remove(key);
            })
            .Returns(Task.CompletedTask);
        localization.Setup(service => service.SaveLocalizedSettingAsync(It.IsAny<TamaraSettings>(), It.IsAny<Expression<Func<TamaraSettings, string>>>(), It.IsAny<int>(), It.IsAny<string>()))
            .Callback((TamaraSettings _, Expression<Func<TamaraSettings, string>> keySelector, int languageId, string value) =>
            {
                var name = KeyOf(keySelector);
                if (!Settings.ContainsKey((name, 0)))
                    return;

                if (string.IsNullOrWhiteSpace(value))
                    Translations.Remove((name, languageId));
                else
                    Translations[(name, languageId)] = value;
            })
            .Returns(Task.CompletedTask);
    }

    private void SetUpTasks(NopStub nop)
    {
        nop.ScheduleTasks.Setup(service => service.GetTaskByTypeAsync(It.IsAny<string>()))
            .ReturnsAsync((string type) => Tasks.SingleOrDefault(task => task.Type == type)!);
        nop.ScheduleTasks.Setup(service => service.InsertTaskAsync(It.IsAny<ScheduleTask>())).Callback((ScheduleTask task) => Tasks.Add(task)).Returns(Task.CompletedTask);
        nop.ScheduleTasks.Setup(service => service.DeleteTaskAsync(It.IsAny<ScheduleTask>())).Callback((ScheduleTask task) => Tasks.Remove(task)).Returns(Task.CompletedTask);
    }

    #endregion

    #region Methods

    /// <summary>
    /// Gets the settings of all stores as name = value, the way an upgrade test states them
    /// </summary>
    public Dictionary<string, string> AllStoresSettings() =>
        Settings.Where(setting => setting.Key.StoreId == 0).ToDictionary(setting => setting.Key.Name, setting => setting.Value);

    /// <summary>
    /// Gets a language's resources by lower-case name
    /// </summary>
    public Dictionary<string, string> ResourcesOf(int languageId) =>
        Resources.Where(resource => resource.Key.LanguageId == languageId).ToDictionary(resource => resource.Key.Name, resource => resource.Value);

    #endregion
}
