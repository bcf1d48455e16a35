using Nop.Core.Domain.Common;
using Nop.Core.Domain.Localization;

namespace Nop.Core.Domain.Stores;

public partial interface IStoreMappingSupported
{
}

public partial class Store : BaseEntity, ILocalizedEntity, ISoftDeletedEntity
{
    public bool Deleted { get; set; }
    public string Name { get; set; }
    public bool SslEnabled { get; set; }
    public string Url { get; set; }
}
