using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Discounts;
using Nop.Core.Domain.Stores;

namespace Nop.Services.Catalog;

public partial interface ICategoryService
{
    Task<IList<ProductCategory>> GetProductCategoriesByProductIdAsync(int productId, bool showHidden = false);
}

public partial interface IPriceCalculationService
{
    Task<(decimal priceWithoutDiscounts, decimal finalPrice, decimal appliedDiscountAmount, List<Discount> appliedDiscounts)> GetFinalPriceAsync(Product product, Customer customer, Store store, decimal additionalCharge = 0, bool includeDiscounts = true, int quantity = 1);
}

public partial interface IProductService
{
    Task<Product> GetProductByIdAsync(int productId);
    Task<IList<Product>> GetProductsByIdsAsync(int[] productIds);
}
