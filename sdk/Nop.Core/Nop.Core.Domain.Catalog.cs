using Nop.Core.Domain.Common;
using Nop.Core.Domain.Discounts;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Security;
using Nop.Core.Domain.Seo;
using Nop.Core.Domain.Stores;

namespace Nop.Core.Domain.Catalog;

public enum BackorderMode
{
    AllowQtyBelow0 = 1,
    AllowQtyBelow0AndNotifyCustomer = 2,
    NoBackorders = 0,
}

public partial class Category : BaseEntity, ILocalizedEntity, ISlugSupported, IAclSupported, IStoreMappingSupported, IDiscountSupported<DiscountCategoryMapping>, ISoftDeletedEntity, IMetaTagsSupported
{
    public bool AllowCustomersToSelectPageSize { get; set; }
    public int CategoryTemplateId { get; set; }
    public DateTime CreatedOnUtc { get; set; }
    public bool Deleted { get; set; }
    public string Description { get; set; }
    public int DisplayOrder { get; set; }
    public bool LimitedToStores { get; set; }
    public bool ManuallyPriceRange { get; set; }
    public string MetaDescription { get; set; }
    public string MetaKeywords { get; set; }
    public string MetaTitle { get; set; }
    public string Name { get; set; }
    public int PageSize { get; set; }
    public string PageSizeOptions { get; set; }
    public int ParentCategoryId { get; set; }
    public int PictureId { get; set; }
    public decimal PriceFrom { get; set; }
    public bool PriceRangeFiltering { get; set; }
    public decimal PriceTo { get; set; }
    public bool Published { get; set; }
    public bool RestrictFromVendors { get; set; }
    public bool ShowOnHomepage { get; set; }
    public bool SubjectToAcl { get; set; }
    public DateTime UpdatedOnUtc { get; set; }
}

public enum DownloadActivationType
{
    Manually = 10,
    WhenOrderIsPaid = 0,
}

public enum GiftCardType
{
    Physical = 1,
    Virtual = 0,
}

public enum LowStockActivity
{
    DisableBuyButton = 1,
    Nothing = 0,
    Unpublish = 2,
}

public enum ManageInventoryMethod
{
    DontManageStock = 0,
    ManageStock = 1,
    ManageStockByAttributes = 2,
}

public partial class Product : BaseEntity, ILocalizedEntity, ISlugSupported, IAclSupported, IStoreMappingSupported, IDiscountSupported<DiscountProductMapping>, ISoftDeletedEntity, IMetaTagsSupported
{
    public decimal AdditionalShippingCharge { get; set; }
    public string AdminComment { get; set; }
    public bool AgeVerification { get; set; }
    public bool AllowAddingOnlyExistingAttributeCombinations { get; set; }
    public bool AllowBackInStockSubscriptions { get; set; }
    public bool AllowCustomerReviews { get; set; }
    public string AllowedQuantities { get; set; }
    public int ApprovedRatingSum { get; set; }
    public int ApprovedTotalReviews { get; set; }
    public bool AutomaticallyAddRequiredProducts { get; set; }
    public DateTime? AvailableEndDateTimeUtc { get; set; }
    public bool AvailableForPreOrder { get; set; }
    public DateTime? AvailableStartDateTimeUtc { get; set; }
    public BackorderMode BackorderMode { get => (BackorderMode)BackorderModeId; set => BackorderModeId = (int)value; }
    public int BackorderModeId { get; set; }
    public decimal BasepriceAmount { get; set; }
    public decimal BasepriceBaseAmount { get; set; }
    public int BasepriceBaseUnitId { get; set; }
    public bool BasepriceEnabled { get; set; }
    public int BasepriceUnitId { get; set; }
    public bool CallForPrice { get; set; }
    public DateTime CreatedOnUtc { get; set; }
    public bool CustomerEntersPrice { get; set; }
    public bool Deleted { get; set; }
    public int DeliveryDateId { get; set; }
    public bool DisableBuyButton { get; set; }
    public bool DisableWishlistButton { get; set; }
    public bool DisplayAttributeCombinationImagesOnly { get; set; }
    public int DisplayOrder { get; set; }
    public bool DisplayStockAvailability { get; set; }
    public bool DisplayStockQuantity { get; set; }
    public DownloadActivationType DownloadActivationType { get => (DownloadActivationType)DownloadActivationTypeId; set => DownloadActivationTypeId = (int)value; }
    public int DownloadActivationTypeId { get; set; }
    public int? DownloadExpirationDays { get; set; }
    public int DownloadId { get; set; }
    public string FullDescription { get; set; }
    public GiftCardType GiftCardType { get => (GiftCardType)GiftCardTypeId; set => GiftCardTypeId = (int)value; }
    public int GiftCardTypeId { get; set; }
    public string Gtin { get; set; }
    public bool HasSampleDownload { get; set; }
    public bool HasUserAgreement { get; set; }
    public decimal Height { get; set; }
    public bool IsDownload { get; set; }
    public bool IsFreeShipping { get; set; }
    public bool IsGiftCard { get; set; }
    public bool IsRecurring { get; set; }
    public bool IsRental { get; set; }
    public bool IsShipEnabled { get; set; }
    public bool IsTaxExempt { get; set; }
    public decimal Length { get; set; }
    public bool LimitedToStores { get; set; }
    public LowStockActivity LowStockActivity { get => (LowStockActivity)LowStockActivityId; set => LowStockActivityId = (int)value; }
    public int LowStockActivityId { get; set; }
    public ManageInventoryMethod ManageInventoryMethod { get => (ManageInventoryMethod)ManageInventoryMethodId; set => ManageInventoryMethodId = (int)value; }
    public int ManageInventoryMethodId { get; set; }
    public string ManufacturerPartNumber { get; set; }
    public bool MarkAsNew { get; set; }
    public DateTime? MarkAsNewEndDateTimeUtc { get; set; }
    public DateTime? MarkAsNewStartDateTimeUtc { get; set; }
    public int MaxNumberOfDownloads { get; set; }
    public decimal MaximumCustomerEnteredPrice { get; set; }
    public string MetaDescription { get; set; }
    public string MetaKeywords { get; set; }
    public string MetaTitle { get; set; }
    public int MinStockQuantity { get; set; }
    public int MinimumAgeToPurchase { get; set; }
    public decimal MinimumCustomerEnteredPrice { get; set; }
    public string Name { get; set; }
    public int NotApprovedRatingSum { get; set; }
    public int NotApprovedTotalReviews { get; set; }
    public bool NotReturnable { get; set; }
    public int NotifyAdminForQuantityBelow { get; set; }
    public decimal OldPrice { get; set; }
    public int OrderMaximumQuantity { get; set; }
    public int OrderMinimumQuantity { get; set; }
    public decimal? OverriddenGiftCardAmount { get; set; }
    public int ParentGroupedProductId { get; set; }
    public DateTime? PreOrderAvailabilityStartDateTimeUtc { get; set; }
    public decimal Price { get; set; }
    public int ProductAvailabilityRangeId { get; set; }
    public decimal ProductCost { get; set; }
    public int ProductTemplateId { get; set; }
    public ProductType ProductType { get => (ProductType)ProductTypeId; set => ProductTypeId = (int)value; }
    public int ProductTypeId { get; set; }
    public bool Published { get; set; }
    public int RecurringCycleLength { get; set; }
    public RecurringProductCyclePeriod RecurringCyclePeriod { get => (RecurringProductCyclePeriod)RecurringCyclePeriodId; set => RecurringCyclePeriodId = (int)value; }
    public int RecurringCyclePeriodId { get; set; }
    public int RecurringTotalCycles { get; set; }
    public int RentalPriceLength { get; set; }
    public RentalPricePeriod RentalPricePeriod { get => (RentalPricePeriod)RentalPricePeriodId; set => RentalPricePeriodId = (int)value; }
    public int RentalPricePeriodId { get; set; }
    public bool RequireOtherProducts { get; set; }
    public string RequiredProductIds { get; set; }
    public int SampleDownloadId { get; set; }
    public bool ShipSeparately { get; set; }
    public string ShortDescription { get; set; }
    public bool ShowOnHomepage { get; set; }
    public string Sku { get; set; }
    public int StockQuantity { get; set; }
    public bool SubjectToAcl { get; set; }
    public int TaxCategoryId { get; set; }
    public bool UnlimitedDownloads { get; set; }
    public DateTime UpdatedOnUtc { get; set; }
    public bool UseMultipleWarehouses { get; set; }
    public string UserAgreementText { get; set; }
    public int VendorId { get; set; }
    public bool VisibleIndividually { get; set; }
    public int WarehouseId { get; set; }
    public decimal Weight { get; set; }
    public decimal Width { get; set; }
}

public partial class ProductCategory : BaseEntity
{
    public int CategoryId { get; set; }
    public int DisplayOrder { get; set; }
    public bool IsFeaturedProduct { get; set; }
    public int ProductId { get; set; }
}

public enum ProductType
{
    GroupedProduct = 10,
    SimpleProduct = 5,
}

public enum RecurringProductCyclePeriod
{
    Days = 0,
    Months = 20,
    Weeks = 10,
    Years = 30,
}

public enum RentalPricePeriod
{
    Days = 0,
    Months = 20,
    Weeks = 10,
    Years = 30,
}
