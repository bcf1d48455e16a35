using System.Linq.Expressions;
using Nop.Core;
using Nop.Core.Configuration;
using Nop.Core.Domain.Localization;

namespace Nop.Services.Localization;

public partial interface ILanguageService
{
    Task<IList<Language>> GetAllLanguagesAsync(bool showHidden = false, int storeId = 0);
    Task<Language> GetLanguageByIdAsync(int languageId);
}

public partial interface ILocalizationService
{
    Task AddOrUpdateLocaleResourceAsync(IDictionary<string, string> resources, int? languageId = null);
    Task AddOrUpdateLocaleResourceAsync(string resourceName, string resourceValue, string languageCulture = null);
    Task DeleteLocaleResourcesAsync(IList<string> resourceNames, int? languageId = null);
    Task DeleteLocaleResourcesAsync(string resourceNamePrefix, int? languageId = null);
    Task<TPropType> GetLocalizedAsync<TEntity, TPropType>(TEntity entity, Expression<Func<TEntity, TPropType>> keySelector, int? languageId = null, bool returnDefaultValue = true, bool ensureTwoPublishedLanguages = true) where TEntity : BaseEntity, ILocalizedEntity;
    Task<string> GetLocalizedEnumAsync<TEnum>(TEnum enumValue, int? languageId = null) where TEnum : struct;
    Task<string> GetLocalizedSettingAsync<TSettings>(TSettings settings, Expression<Func<TSettings, string>> keySelector, int languageId, int storeId, bool returnDefaultValue = true, bool ensureTwoPublishedLanguages = true) where TSettings : ISettings, new();
    Task<string> GetResourceAsync(string resourceKey);
    Task<string> GetResourceAsync(string resourceKey, int languageId, bool logIfNotFound = true, string defaultValue = "", bool returnEmptyIfNotFound = false);
    Task SaveLocalizedSettingAsync<TSettings>(TSettings settings, Expression<Func<TSettings, string>> keySelector, int languageId, string value) where TSettings : ISettings, new();
}

public partial interface ILocalizedEntityService
{
    Task<string> GetLocalizedValueAsync(int languageId, int entityId, string localeKeyGroup, string localeKey);
    Task SaveLocalizedValueAsync<T, TPropType>(T entity, Expression<Func<T, TPropType>> keySelector, TPropType localeValue, int languageId) where T : BaseEntity, ILocalizedEntity;
    Task SaveLocalizedValueAsync<T>(T entity, Expression<Func<T, string>> keySelector, string localeValue, int languageId) where T : BaseEntity, ILocalizedEntity;
}
