using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewComponents;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;
using Nop.Plugin.Payments.Tamara.Api;
using Nop.Plugin.Payments.Tamara.Components;
using Nop.Plugin.Payments.Tamara.Models.Public;
using Nop.Plugin.Payments.Tamara.Tests.Support;

namespace Nop.Plugin.Payments.Tamara.Tests.Components;

/// <summary>
/// Runs the plugin's public view components over the stub, as nopCommerce invokes them, and hands back their models
/// </summary>
public static class ViewComponentInvoker
{
    /// <summary>
    /// Gets a view component context of a page, with its route values (the product page's "productid")
    /// </summary>
    public static ViewComponentContext Context(RouteValueDictionary? routeValues = null) => new()
    {
        ViewContext = new ViewContext
        {
            RouteData = new RouteData(routeValues ?? new RouteValueDictionary()),
            ViewData = new ViewDataDictionary(new EmptyModelMetadataProvider(), new ModelStateDictionary())
        }
    };

    /// <summary>
    /// Gets the model of a view result; null for the empty content a component answers when it shows nothing
    /// </summary>
    public static TModel? ModelOf<TModel>(IViewComponentResult result) where TModel : class => result switch
    {
        ViewViewComponentResult view => (TModel)view.ViewData!.Model!,
        ContentViewComponentResult { Content.Length: 0 } => null,
        _ => throw new InvalidOperationException($"unexpected view component result {result}")
    };

    /// <summary>
    /// Invokes the payment info step's view component
    /// </summary>
    public static async Task<PaymentInfoModel> PaymentInfoAsync(NopStub nop, ITamaraClientFactory clientFactory)
    {
        //one request: the payment step and its widget share the eligibility service, as nopCommerce's container gives them
        var eligibilityService = nop.CreateEligibilityService(clientFactory);
        var component = new PaymentInfoViewComponent(nop.Localization.Object, nop.StoreContext.Object, nop.WorkContext.Object,
            eligibilityService, nop.Settings, nop.CreateWidgetService(clientFactory, eligibilityService))
        {
            ViewComponentContext = Context()
        };

        return ModelOf<PaymentInfoModel>(await component.InvokeAsync())!;
    }
}
