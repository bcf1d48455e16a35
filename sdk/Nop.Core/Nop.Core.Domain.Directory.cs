using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Stores;

namespace Nop.Core.Domain.Directory;

public partial class Country : BaseEntity, ILocalizedEntity, IStoreMappingSupported
{
    public string Name { get; set; }
    public string TwoLetterIsoCode { get; set; }
}

public partial class Currency : BaseEntity, ILocalizedEntity, IStoreMappingSupported
{
    public DateTime CreatedOnUtc { get; set; }
    public string CurrencyCode { get; set; }
    public string Name { get; set; }
    public decimal Rate { get; set; }
}

public partial class StateProvince : BaseEntity, ILocalizedEntity
{
    public int CountryId { get; set; }
    public string Name { get; set; }
}
