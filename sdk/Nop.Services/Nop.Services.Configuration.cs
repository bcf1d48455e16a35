using System.Linq.Expressions;
using Nop.Core.Configuration;
using Nop.Core.Domain.Configuration;

namespace Nop.Services.Configuration;

public partial interface ISettingService
{
    Task ClearCacheAsync();
    Task DeleteSettingsAsync(IList<Setting> settings);
    Task<IList<Setting>> GetAllSettingsAsync();
    Task<T> GetSettingByKeyAsync<T>(string key, T defaultValue = default, int storeId = 0, bool loadSharedValueIfNotFound = false);
    Task<T> LoadSettingAsync<T>(int storeId = 0) where T : ISettings, new();
    Task SaveSettingAsync<T>(T settings, int storeId = 0) where T : ISettings, new();
    Task SaveSettingAsync<T, TPropType>(T settings, Expression<Func<T, TPropType>> keySelector, int storeId = 0, bool clearCache = true) where T : ISettings, new();
    Task SaveSettingOverridablePerStoreAsync<T, TPropType>(T settings, Expression<Func<T, TPropType>> keySelector, bool overrideForStore, int storeId = 0, bool clearCache = true) where T : ISettings, new();
    Task SetSettingAsync<T>(string key, T value, int storeId = 0, bool clearCache = true);
    Task<bool> SettingExistsAsync<T, TPropType>(T settings, Expression<Func<T, TPropType>> keySelector, int storeId = 0) where T : ISettings, new();
}
