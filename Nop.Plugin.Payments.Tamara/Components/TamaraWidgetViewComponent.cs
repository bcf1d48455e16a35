using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Payments.Tamara.Services.Widgets;
using Nop.Web.Framework.Components;
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

    #endregion

    #region Methods

    /// <summary>
    /// Invoke view component
    /// </summary>
    /// <param name="widgetZone">Widget zone name</param>
    /// <param name="additionalData">Additional data (a Nop.Web model; the product comes from the route instead)</param>
    /// <returns>A task whose result is the widget, or nothing when Tamara would not be offered here</returns>
    public async Task<IViewComponentResult> InvokeAsync(string widgetZone, object additionalData)
    {
        if (GetPlacement(widgetZone) is not TamaraWidgetPlacement placement)
            return Content(string.Empty);

        //the product page's route carries the product id
        var productId = placement == TamaraWidgetPlacement.Product
            && int.TryParse(RouteData?.Values[NopRoutingDefaults.RouteValue.ProductId]?.ToString(), out var id) ? id : 0;

        var model = await _widgetService.PrepareAsync(placement, productId);
        if (model is null)
            return Content(string.Empty);

        return View("~/Plugins/Payments.Tamara/Views/Public/Widget.cshtml", model);
    }

    #endregion
}
