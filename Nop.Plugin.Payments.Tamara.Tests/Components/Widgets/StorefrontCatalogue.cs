using Nop.Core.Domain.Catalog;
using Nop.Plugin.Payments.Tamara.Tests.Support;
using Nop.Services.Security;
using Nop.Web.Framework.Models;

namespace Nop.Plugin.Payments.Tamara.Tests.Components.Widgets;

/// <summary>
/// What nopCommerce 4.90.3's storefront hides in the catalogue, set up on the stub's products, and a grouped product
/// </summary>
public static class StorefrontCatalogue
{
    public const int GroupedProductId = 600;
    public const int AssociatedProductId = 601;

    /// <summary>
    /// Every reason nopCommerce's product page shows no price for a product (ProductController.ProductDetails,
    /// ProductModelFactory.PrepareProductPriceModelAsync)
    /// </summary>
    public static readonly string[] HiddenPriceRules =
    [
        "unpublished",
        "deleted",
        "does not exist",
        "not visible individually and in no grouped product",
        "not for the customer's roles (ACL)",
        "mapped to other stores only",
        "not yet available",
        "no longer available",
        "prices not displayed to the customer",
        "call for price",
        "price entered by the customer"
    ];

    /// <summary>
    /// Hides a product's price by one of the rules
    /// </summary>
    public static void HidePrice(NopStub nop, string rule, int productId = 501)
    {
        var product = nop.Products[productId];
        switch (rule)
        {
            case "unpublished": product.Published = false; break;
            case "deleted": product.Deleted = true; break;
            case "does not exist": nop.Products.Remove(productId); break;
            case "not visible individually and in no grouped product": product.VisibleIndividually = false; break;
            case "not for the customer's roles (ACL)": nop.AclDeniedProducts.Add(productId); break;
            case "mapped to other stores only": nop.ProductsOfOtherStores.Add(productId); break;
            case "not yet available": product.AvailableStartDateTimeUtc = new DateTime(2999, 1, 1, 0, 0, 0, DateTimeKind.Utc); break;
            case "no longer available": product.AvailableEndDateTimeUtc = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc); break;
            case "prices not displayed to the customer": nop.Permissions.Remove(StandardPermission.PublicStore.DISPLAY_PRICES); break;
            case "call for price": product.CallForPrice = true; break;
            case "price entered by the customer": product.CustomerEntersPrice = true; break;
            default: throw new ArgumentOutOfRangeException(nameof(rule), rule, null);
        }
    }

    /// <summary>
    /// Lets the current customer preview products as a store owner (admin area and product list permissions)
    /// </summary>
    public static void ActAsStoreOwner(NopStub nop)
    {
        nop.Permissions.Add(StandardPermission.Security.ACCESS_ADMIN_PANEL);
        nop.Permissions.Add(StandardPermission.Catalog.PRODUCTS_VIEW);
    }

    /// <summary>
    /// Adds a grouped product (priced 0, as grouped products are) with one associated product at 120
    /// </summary>
    public static void AddGroupedProduct(NopStub nop)
    {
        nop.Products[GroupedProductId] = new Product
        {
            Id = GroupedProductId, Name = "Desert boots, all colours", ProductType = ProductType.GroupedProduct, Published = true, VisibleIndividually = true
        };
        nop.Products[AssociatedProductId] = new Product
        {
            Id = AssociatedProductId, Name = "Desert boots, sand", ProductType = ProductType.SimpleProduct, Published = true, VisibleIndividually = false,
            ParentGroupedProductId = GroupedProductId
        };
        nop.ProductPrices[(GroupedProductId, string.Empty)] = 0m;
        nop.ProductPrices[(AssociatedProductId, string.Empty)] = 120m;
    }

    /// <summary>
    /// Stands in for Nop.Web's ProductDetailsModel (an entity model whose id is the product's), which nopCommerce passes
    /// as a product page zone's additional data
    /// </summary>
    public record ProductDetailsModel : BaseNopEntityModel;
}
