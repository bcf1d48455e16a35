namespace Nop.Core.Domain.Discounts;

public partial class Discount : BaseEntity
{
    public string Name { get; set; }
}

public abstract partial class DiscountMapping : BaseEntity
{
    public new int Id { get; }
}

public partial class DiscountProductMapping : DiscountMapping
{
}

public partial interface IDiscountSupported<T> where T : DiscountMapping
{
    int Id { get; set; }
}
