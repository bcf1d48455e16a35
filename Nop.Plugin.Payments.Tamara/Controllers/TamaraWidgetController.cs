using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Payments.Tamara.Services.Widgets;
using Nop.Web.Framework.Controllers;

namespace Nop.Plugin.Payments.Tamara.Controllers;

/// <summary>
/// Gives the product page widget its amount again after nopCommerce reprices the product (attribute or quantity change)
/// </summary>
public class TamaraWidgetController : BasePluginController
{
    #region Fields

    private readonly TamaraWidgetService _widgetService;

    #endregion

    #region Ctor

    public TamaraWidgetController(TamaraWidgetService widgetService)
    {
        _widgetService = widgetService;
    }

    #endregion

    #region Methods

    /// <summary>
    /// Prices the product page's form as nopCommerce does and says whether the widget still shows, and with which amount
    /// </summary>
    /// <param name="productId">Product identifier</param>
    /// <returns>A task whose result is {show, amount}; show is false when Tamara would not be offered for the new amount</returns>
    [HttpPost]
    [IgnoreAntiforgeryToken]
    public async Task<IActionResult> Amount(int productId)
    {
        //reads the product page's own form: nothing is changed, so no antiforgery token is needed
        var form = Request.HasFormContentType ? await Request.ReadFormAsync() : null;
        var widget = await _widgetService.PrepareAsync(TamaraWidgetPlacement.Product, productId, form);

        return Json(new { show = widget is not null, amount = widget?.Amount });
    }

    #endregion
}
