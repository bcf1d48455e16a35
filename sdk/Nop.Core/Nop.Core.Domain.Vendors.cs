using Nop.Core.Domain.Common;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Seo;

namespace Nop.Core.Domain.Vendors;

public partial class Vendor : BaseEntity, ILocalizedEntity, ISlugSupported, ISoftDeletedEntity, IMetaTagsSupported
{
    public bool Deleted { get; set; }
    public string Email { get; set; }
    public string Name { get; set; }
    public int PageSize { get; set; }
}
