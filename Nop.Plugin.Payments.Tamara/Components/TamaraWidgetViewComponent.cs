using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Payments.Tamara.Services.Widgets;
using Nop.Web.Framework.Components;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.Routing;

namespace Nop.Plugin.Payments.Tamara.Components;

/// <summary>
/// Shows Tamara's promotional widget in the public widget zones chosen for the product page, the cart and checkout
/// </summary>
public class TamaraWidgetViewComponent : NopViewComponent
{
    #region Fields

    private readonly TamaraSettings _settings;
    private readonly TamaraWidgetService _widgetService;

    #endregion

    #region Ctor

    public TamaraWidgetViewComponent(TamaraSettings settings,
        TamaraWidgetService widgetService)
    {
        _settings = settings;
        _widgetService = widgetService;
    }

    #endregion

    #region Utilities

    private TamaraWidgetPlacement? GetPlacement(string widgetZone)
    {
        bool isZone(bool enabled, string zone) => enabled && string.Equals(zone, widgetZone, StringComparison.OrdinalIgnoreCase);

        if (isZone(_settings.ProductWidgetEnabled, _settings.ProductWidgetZone))
            return TamaraWidgetPlacement.Product;
        if (isZone(_settings.CartWidgetEnabled, _settings.CartWidgetZone))
            return TamaraWidgetPlacement.Cart;
        if (isZone(_settings.CheckoutWidgetEnabled, _settings.CheckoutWidgetZone))
            return TamaraWidgetPlacement.Checkout;

        return null;
    }

    /// <summary>
    /// Gets the product whose price the widget is beside, on a product page only: the product model nopCommerce passes to
    /// the zone (a theme rendering the zone for each associated product of a grouped product passes that product's), else
    /// the product of the page's route (on a grouped product's page, the grouped product)
    /// </summary>
    private int GetProductId(object additionalData)
    {
        if (!int.TryParse(RouteData?.Values[NopRoutingDefaults.RouteValue.ProductId]?.ToString(), out var routeProductId))
            return 0;

        return additionalData is BaseNopEntityModel { Id: > 0 } productModel ? productModel.Id : routeProductId;
    }

    #endregion

    #region Methods

    /// <summary>
    /// Invoke view component
    /// </summary>
    /// <param name="widgetZone">Widget zone name</param>
    /// <param name="additionalData">Additional data: on the product page, the product's model (Nop.Web's ProductDetailsModel)</param>
    /// <returns>A task whose result is the widget, or nothing when Tamara would not be offered here</returns>
    public async Task<IViewComponentResult> InvokeAsync(string widgetZone, object additionalData)
    {
        if (GetPlacement(widgetZone) is not TamaraWidgetPlacement placement)
            return Content(string.Empty);

        var model = await _widgetService.PrepareAsync(placement, placement == TamaraWidgetPlacement.Product ? GetProductId(additionalData) : 0);
        if (model is null)
            return Content(string.Empty);

        return View("~/Plugins/Payments.Tamara/Views/Public/Widget.cshtml", model);
    }

    #endregion
}
