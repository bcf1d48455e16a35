using Nop.Core.Domain.Common;
using Nop.Core.Domain.Discounts;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Security;
using Nop.Core.Domain.Seo;
using Nop.Core.Domain.Stores;

namespace Nop.Core.Domain.Catalog;

public partial class Product : BaseEntity, ILocalizedEntity, ISlugSupported, IAclSupported, IStoreMappingSupported, IDiscountSupported<DiscountProductMapping>, ISoftDeletedEntity, IMetaTagsSupported
{
    public DateTime CreatedOnUtc { get; set; }
    public bool Deleted { get; set; }
    public bool IsShipEnabled { get; set; }
    public string Name { get; set; }
    public int OrderMinimumQuantity { get; set; }
    public string Sku { get; set; }
}

public partial class ProductCategory : BaseEntity
{
    public int CategoryId { get; set; }
    public int ProductId { get; set; }
}
