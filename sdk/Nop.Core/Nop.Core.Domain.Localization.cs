using Nop.Core.Domain.Stores;

namespace Nop.Core.Domain.Localization;

public partial interface ILocalizedEntity
{
}

public partial class Language : BaseEntity, IStoreMappingSupported
{
    public string LanguageCulture { get; set; }
    public string Name { get; set; }
}
