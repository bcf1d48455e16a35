using Nop.Core.Domain.Stores;

namespace Nop.Core.Domain.Localization;

public partial interface ILocalizedEntity
{
}

public partial class Language : BaseEntity, IStoreMappingSupported
{
    public int DefaultCurrencyId { get; set; }
    public int DisplayOrder { get; set; }
    public string FlagImageFileName { get; set; }
    public string LanguageCulture { get; set; }
    public bool LimitedToStores { get; set; }
    public string Name { get; set; }
    public bool Published { get; set; }
    public bool Rtl { get; set; }
    public string UniqueSeoCode { get; set; }
}
