using Nop.Core.Domain.Directory;

namespace Nop.Services.Directory;

public partial interface ICountryService
{
    Task<Country> GetCountryByIdAsync(int countryId);
    Task<Country> GetCountryByTwoLetterIsoCodeAsync(string twoLetterIsoCode);
}

public partial interface ICurrencyService
{
    decimal ConvertCurrency(decimal amount, decimal exchangeRate);
    Task<decimal> ConvertFromPrimaryStoreCurrencyAsync(decimal amount, Currency targetCurrencyCode);
    Task<IList<Currency>> GetAllCurrenciesAsync(bool showHidden = false, int storeId = 0);
    Task<Currency> GetCurrencyByCodeAsync(string currencyCode);
    Task<Currency> GetCurrencyByIdAsync(int currencyId);
}

public partial interface IStateProvinceService
{
    Task<StateProvince> GetStateProvinceByIdAsync(int stateProvinceId);
}
