using Nop.Core;
using Nop.Core.Domain.Common;

namespace Nop.Services.Common;

public partial interface IAddressService
{
    Task<Address> GetAddressByIdAsync(int addressId);
}

public partial interface IGenericAttributeService
{
    Task<TPropType> GetAttributeAsync<TEntity, TPropType>(int entityId, string key, int storeId = 0, TPropType defaultValue = default) where TEntity : BaseEntity;
    Task<TPropType> GetAttributeAsync<TPropType>(BaseEntity entity, string key, int storeId = 0, TPropType defaultValue = default);
    Task SaveAttributeAsync<TPropType>(BaseEntity entity, string key, TPropType value, int storeId = 0);
}
