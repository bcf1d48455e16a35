namespace Nop.Core.Domain.Discounts;

public partial class Discount : BaseEntity
{
    public string AdminComment { get; set; }
    public bool AppliedToSubCategories { get; set; }
    public string CouponCode { get; set; }
    public decimal DiscountAmount { get; set; }
    public DiscountLimitationType DiscountLimitation { get => (DiscountLimitationType)DiscountLimitationId; set => DiscountLimitationId = (int)value; }
    public int DiscountLimitationId { get; set; }
    public decimal DiscountPercentage { get; set; }
    public DiscountType DiscountType { get => (DiscountType)DiscountTypeId; set => DiscountTypeId = (int)value; }
    public int DiscountTypeId { get; set; }
    public DateTime? EndDateUtc { get; set; }
    public bool IsActive { get; set; }
    public bool IsCumulative { get; set; }
    public int LimitationTimes { get; set; }
    public decimal? MaximumDiscountAmount { get; set; }
    public int? MaximumDiscountedQuantity { get; set; }
    public string Name { get; set; }
    public bool RequiresCouponCode { get; set; }
    public DateTime? StartDateUtc { get; set; }
    public bool UsePercentage { get; set; }
    public int? VendorId { get; set; }
}

public partial class DiscountCategoryMapping : DiscountMapping
{
    public override int EntityId { get; set; }
}

public enum DiscountLimitationType
{
    NTimesOnly = 15,
    NTimesPerCustomer = 25,
    Unlimited = 0,
}

public abstract partial class DiscountMapping : BaseEntity
{
    public int DiscountId { get; set; }
    public abstract int EntityId { get; set; }
    public new int Id { get; }
}

public partial class DiscountProductMapping : DiscountMapping
{
    public override int EntityId { get; set; }
}

public enum DiscountType
{
    AssignedToCategories = 5,
    AssignedToManufacturers = 6,
    AssignedToOrderSubTotal = 20,
    AssignedToOrderTotal = 1,
    AssignedToShipping = 10,
    AssignedToSkus = 2,
}

public partial interface IDiscountSupported<T> where T : DiscountMapping
{
    int Id { get; set; }
}
