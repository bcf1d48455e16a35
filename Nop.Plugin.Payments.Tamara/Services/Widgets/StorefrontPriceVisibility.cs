using Nop.Core;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Services.Catalog;
using Nop.Services.Security;
using Nop.Services.Stores;

namespace Nop.Plugin.Payments.Tamara.Services.Widgets;

/// <summary>
/// Says whether the storefront shows a product's price to the current customer in the current store, by nopCommerce's
/// own rules: the product page (ProductController.ProductDetails), a grouped product's list of associated products
/// (IProductService.GetAssociatedProductsAsync) and the price itself (ProductModelFactory.PrepareProductPriceModelAsync)
/// </summary>
public class StorefrontPriceVisibility
{
    #region Fields

    private readonly CatalogSettings _catalogSettings;
    private readonly IAclService _aclService;
    private readonly IPermissionService _permissionService;
    private readonly IProductService _productService;
    private readonly IStoreMappingService _storeMappingService;
    private readonly IWorkContext _workContext;
    private readonly OrderSettings _orderSettings;

    #endregion

    #region Ctor

    public StorefrontPriceVisibility(CatalogSettings catalogSettings,
        IAclService aclService,
        IPermissionService permissionService,
        IProductService productService,
        IStoreMappingService storeMappingService,
        IWorkContext workContext,
        OrderSettings orderSettings)
    {
        _catalogSettings = catalogSettings;
        _aclService = aclService;
        _permissionService = permissionService;
        _productService = productService;
        _storeMappingService = storeMappingService;
        _workContext = workContext;
        _orderSettings = orderSettings;
    }

    #endregion

    #region Utilities

    /// <summary>
    /// Gets whether the customer may see the product in the current store: ACL, store mapping and availability dates
    /// </summary>
    private async Task<bool> IsAvailableAsync(Product product) =>
        await _aclService.AuthorizeAsync(product) && await _storeMappingService.AuthorizeAsync(product) && _productService.ProductIsAvailable(product);

    /// <summary>
    /// Gets whether the product has a page of its own the customer may open: published (or unpublished pages allowed),
    /// available, and visible individually; a store owner previews any product
    /// </summary>
    private async Task<bool> HasOwnPageAsync(Product product)
    {
        if (product.Deleted || !product.VisibleIndividually)
            return false;

        if ((product.Published || _catalogSettings.AllowViewUnpublishedProductPage) && await IsAvailableAsync(product))
            return true;

        return await _permissionService.AuthorizeAsync(StandardPermission.Security.ACCESS_ADMIN_PANEL)
            && await _permissionService.AuthorizeAsync(StandardPermission.Catalog.PRODUCTS_VIEW);
    }

    /// <summary>
    /// Gets whether the product shows on a page: its own, or, for a product not visible individually, its grouped
    /// parent's page (where nopCommerce sends its URL), which lists only published and available associated products
    /// </summary>
    private async Task<bool> IsOnAPageAsync(Product product)
    {
        if (product.VisibleIndividually)
            return await HasOwnPageAsync(product);

        if (product.Deleted || !product.Published || !await IsAvailableAsync(product))
            return false;

        var parent = await _productService.GetProductByIdAsync(product.ParentGroupedProductId);

        return parent is { ProductType: ProductType.GroupedProduct } && await HasOwnPageAsync(parent);
    }

    /// <summary>
    /// Gets whether the product's price shows as a price: prices displayed to the customer, no price the customer
    /// enters, no "call for price" (unless a store owner buys for the customer and may buy such products)
    /// </summary>
    private async Task<bool> HasPriceShownAsync(Product product)
    {
        if (!await _permissionService.AuthorizeAsync(StandardPermission.PublicStore.DISPLAY_PRICES) || product.CustomerEntersPrice)
            return false;

        return !product.CallForPrice || (_orderSettings.AllowAdminsToBuyCallForPriceProducts && _workContext.OriginalCustomerIfImpersonated is not null);
    }

    #endregion

    #region Methods

    /// <summary>
    /// Gets whether the storefront shows the product's price to the current customer in the current store
    /// </summary>
    /// <param name="product">Product; null for one that does not exist</param>
    /// <returns>A task whose result is true when nopCommerce shows the price; false for a product it hides, a price it
    /// hides, and a product that does not exist</returns>
    public async Task<bool> IsPriceShownAsync(Product? product) =>
        product is not null && await IsOnAPageAsync(product) && await HasPriceShownAsync(product);

    #endregion
}
