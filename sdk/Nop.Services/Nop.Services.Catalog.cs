using Nop.Core;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Discounts;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Shipping;
using Nop.Core.Domain.Stores;

namespace Nop.Services.Catalog;

public partial interface ICategoryService
{
    Task<IList<ProductCategory>> GetProductCategoriesByProductIdAsync(int productId, bool showHidden = false);
}

public partial interface IProductService
{
    Task<Product> GetProductByIdAsync(int productId);
    Task<IList<Product>> GetProductsByIdsAsync(int[] productIds);
}
