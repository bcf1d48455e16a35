using Nop.Core.Configuration;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Discounts;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Security;
using Nop.Core.Domain.Seo;
using Nop.Core.Domain.Stores;

namespace Nop.Core.Domain.Catalog;

public partial class CatalogSettings : ISettings
{
    public bool AllowViewUnpublishedProductPage { get; set; }
}

public partial class Product : BaseEntity, ILocalizedEntity, ISlugSupported, IAclSupported, IStoreMappingSupported, IDiscountSupported<DiscountProductMapping>, ISoftDeletedEntity, IMetaTagsSupported
{
    public DateTime? AvailableEndDateTimeUtc { get; set; }
    public DateTime? AvailableStartDateTimeUtc { get; set; }
    public bool CallForPrice { get; set; }
    public DateTime CreatedOnUtc { get; set; }
    public bool CustomerEntersPrice { get; set; }
    public bool Deleted { get; set; }
    public bool IsShipEnabled { get; set; }
    public string Name { get; set; }
    public int OrderMinimumQuantity { get; set; }
    public int ParentGroupedProductId { get; set; }
    public ProductType ProductType { get => (ProductType)ProductTypeId; set => ProductTypeId = (int)value; }
    public int ProductTypeId { get; set; }
    public bool Published { get; set; }
    public string Sku { get; set; }
    public bool VisibleIndividually { get; set; }
}

public partial class ProductCategory : BaseEntity
{
    public int CategoryId { get; set; }
    public int ProductId { get; set; }
}

public enum ProductType
{
    GroupedProduct = 10,
    SimpleProduct = 5,
}
