using Nop.Core.Domain.Directory;

namespace Nop.Services.Directory;

public partial interface ICountryService
{
    Task<Country> GetCountryByIdAsync(int countryId);
}

public partial interface ICurrencyService
{
    Task<decimal> ConvertFromPrimaryStoreCurrencyAsync(decimal amount, Currency targetCurrencyCode);
}

public partial interface IStateProvinceService
{
    Task<StateProvince> GetStateProvinceByIdAsync(int stateProvinceId);
}
