using Nop.Core.Domain.Catalog;

namespace Nop.Services.Catalog;

public partial interface ICategoryService
{
    Task<IList<ProductCategory>> GetProductCategoriesByProductIdAsync(int productId, bool showHidden = false);
}

public partial interface IProductService
{
    Task<IList<Product>> GetProductsByIdsAsync(int[] productIds);
}
