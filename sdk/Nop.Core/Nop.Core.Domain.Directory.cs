using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Stores;

namespace Nop.Core.Domain.Directory;

public partial class Country : BaseEntity, ILocalizedEntity, IStoreMappingSupported
{
    public bool AllowsBilling { get; set; }
    public bool AllowsShipping { get; set; }
    public int DisplayOrder { get; set; }
    public bool LimitedToStores { get; set; }
    public string Name { get; set; }
    public int NumericIsoCode { get; set; }
    public bool Published { get; set; }
    public bool SubjectToVat { get; set; }
    public string ThreeLetterIsoCode { get; set; }
    public string TwoLetterIsoCode { get; set; }
}

public partial class Currency : BaseEntity, ILocalizedEntity, IStoreMappingSupported
{
    public DateTime CreatedOnUtc { get; set; }
    public string CurrencyCode { get; set; }
    public string CustomFormatting { get; set; }
    public string DisplayLocale { get; set; }
    public int DisplayOrder { get; set; }
    public bool LimitedToStores { get; set; }
    public string Name { get; set; }
    public bool Published { get; set; }
    public decimal Rate { get; set; }
    public RoundingType RoundingType { get => (RoundingType)RoundingTypeId; set => RoundingTypeId = (int)value; }
    public int RoundingTypeId { get; set; }
    public DateTime UpdatedOnUtc { get; set; }
}

public enum RoundingType
{
    Rounding001 = 0,
    Rounding005Down = 20,
    Rounding005Up = 10,
    Rounding01Down = 40,
    Rounding01Up = 30,
    Rounding05 = 50,
    Rounding1 = 60,
    Rounding1Up = 70,
}

public partial class StateProvince : BaseEntity, ILocalizedEntity
{
    public string Abbreviation { get; set; }
    public int CountryId { get; set; }
    public int DisplayOrder { get; set; }
    public string Name { get; set; }
    public bool Published { get; set; }
}
