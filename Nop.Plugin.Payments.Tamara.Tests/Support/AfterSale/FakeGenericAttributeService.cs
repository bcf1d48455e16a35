using Nop.Core;
using Nop.Services.Common;

namespace Nop.Plugin.Payments.Tamara.Tests.Support.AfterSale;

/// <summary>
/// Generic attributes kept in memory, keyed like nopCommerce's (entity type, id, key, store)
/// </summary>
public sealed class FakeGenericAttributeService : IGenericAttributeService
{
    private readonly Dictionary<(string, int, string, int), object> _values = new();

    public Task<TPropType> GetAttributeAsync<TEntity, TPropType>(int entityId, string key, int storeId = 0, TPropType defaultValue = default!)
        where TEntity : BaseEntity =>
        Task.FromResult(Get(typeof(TEntity).Name, entityId, key, storeId, defaultValue));

    public Task<TPropType> GetAttributeAsync<TPropType>(BaseEntity entity, string key, int storeId = 0, TPropType defaultValue = default!) =>
        Task.FromResult(Get(entity.GetType().Name, entity.Id, key, storeId, defaultValue));

    public Task SaveAttributeAsync<TPropType>(BaseEntity entity, string key, TPropType value, int storeId = 0)
    {
        var id = (entity.GetType().Name, entity.Id, key.ToLowerInvariant(), storeId);
        if (value is null || value is string text && string.IsNullOrWhiteSpace(text))
            _values.Remove(id);
        else
            _values[id] = value;

        return Task.CompletedTask;
    }

    private TPropType Get<TPropType>(string group, int entityId, string key, int storeId, TPropType defaultValue)
    {
        return _values.TryGetValue((group, entityId, key.ToLowerInvariant(), storeId), out var value) && value is TPropType typed
            ? typed
            : defaultValue;
    }
}
