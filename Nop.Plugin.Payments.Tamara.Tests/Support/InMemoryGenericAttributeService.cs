using System.Collections.Concurrent;
using Nop.Core;
using Nop.Services.Common;

namespace Nop.Plugin.Payments.Tamara.Tests.Support;

/// <summary>
/// Generic attributes kept in memory, keyed like nopCommerce's (entity type, id, key, store); safe for concurrent requests
/// </summary>
public sealed class InMemoryGenericAttributeService : IGenericAttributeService
{
    private readonly ConcurrentDictionary<(string, int, string, int), object> _values = new();

    private static (string, int, string, int) Id(string group, int entityId, string key, int storeId) => (group, entityId, key.ToLowerInvariant(), storeId);

    private TPropType Get<TPropType>(string group, int entityId, string key, int storeId, TPropType defaultValue)
    {
        return _values.TryGetValue(Id(group, entityId, key, storeId), out var value) && value is TPropType typed
            ? typed
            : defaultValue;
    }

    public Task<TPropType> GetAttributeAsync<TEntity, TPropType>(int entityId, string key, int storeId = 0, TPropType defaultValue = default!)
        where TEntity : BaseEntity =>
        Task.FromResult(Get(typeof(TEntity).Name, entityId, key, storeId, defaultValue));

    public Task<TPropType> GetAttributeAsync<TPropType>(BaseEntity entity, string key, int storeId = 0, TPropType defaultValue = default!) =>
        Task.FromResult(Get(entity.GetType().Name, entity.Id, key, storeId, defaultValue));

    public Task SaveAttributeAsync<TPropType>(BaseEntity entity, string key, TPropType value, int storeId = 0)
    {
        var id = Id(entity.GetType().Name, entity.Id, key, storeId);
        if (value is null || value is string text && string.IsNullOrWhiteSpace(text))
            _values.TryRemove(id, out _);
        else
            _values[id] = value;

        return Task.CompletedTask;
    }

    /// <summary>
    /// Gets the stored value of an attribute (for assertions)
    /// </summary>
    public object? Find(BaseEntity entity, string key) => _values.GetValueOrDefault(Id(entity.GetType().Name, entity.Id, key, 0));
}
