using Microsoft.AspNetCore.Http;
using Nop.Core.Domain.Catalog;

namespace Nop.Services.Catalog;

public partial interface ICategoryService
{
    Task<IList<ProductCategory>> GetProductCategoriesByProductIdAsync(int productId, bool showHidden = false);
}

public partial interface IProductAttributeParser
{
    Task<string> ParseProductAttributesAsync(Product product, IFormCollection form, List<string> errors);
}

public partial interface IProductService
{
    Task<Product> GetProductByIdAsync(int productId);
    Task<IList<Product>> GetProductsByIdsAsync(int[] productIds);
    bool ProductIsAvailable(Product product, DateTime? dateTime = null);
}
