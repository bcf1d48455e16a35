using System.Diagnostics;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Razor.TagHelpers;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.Mvc.ViewComponents;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Nop.Plugin.Payments.Tamara.Tests.Build;
using Nop.Web.Framework.TagHelpers.Shared;

namespace Nop.Plugin.Payments.Tamara.Tests.Views;

/// <summary>
/// Renders what a public view component answers inside a storefront page, as nopCommerce 4.90.3 renders it: the
/// plugin's view compiled with the Razor engine against the reference SDK and rendered by ASP.NET Core MVC, its scripts
/// placed by nopCommerce's script tag helper rules (NopScriptTagHelperStandIn), in the layout's order (_Root.Head.cshtml):
/// head inline scripts, the page body with the widget, then the footer: jQuery, then the footer inline scripts.
/// Route URLs render as "/route/{name}?{values}".
/// </summary>
public static class StorefrontPage
{
    /// <summary>The script element of jQuery, which nopCommerce's layout loads in the footer</summary>
    public const string JQueryScript = "<script src=\"/lib_npm/jquery/jquery.min.js\"></script>";

    private static readonly Dictionary<string, Type> Pages = new();
    private static readonly Lazy<IServiceProvider> Services = new(CreateServices);

    #region Utilities

    private static IServiceProvider CreateServices()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(new DiagnosticListener("Tamara.Tests.StorefrontPage"));
        services.AddSingleton<DiagnosticSource>(provider => provider.GetRequiredService<DiagnosticListener>());
        services.AddControllersWithViews();
        services.AddSingleton<IUrlHelperFactory, RouteNameUrls>();
        services.AddSingleton<ITagHelperActivator, NopTagHelperActivator>();
        services.AddScoped<StorefrontPageScripts>();

        return services.BuildServiceProvider();
    }

    private static Type PageOf(string viewPath)
    {
        //"~/Plugins/Payments.Tamara/Views/Public/Widget.cshtml": the plugin folder's "/Views/Public/Widget.cshtml"
        var path = viewPath[viewPath.IndexOf("/Views/", StringComparison.Ordinal)..];
        lock (Pages)
        {
            if (!Pages.TryGetValue(path, out var page))
                Pages[path] = page = new RazorViewCompiler(RepositoryFiles.PathOf("Nop.Plugin.Payments.Tamara")).Load(path);

            return page;
        }
    }

    #endregion

    #region Methods

    /// <summary>
    /// Renders a view component's answer in a page
    /// </summary>
    /// <param name="result">What the view component answered</param>
    /// <param name="javaScriptBundling">Whether the store bundles JavaScript (nopCommerce's WebOptimizer setting)</param>
    /// <param name="ajax">Whether the page part is loaded by AJAX (a one-page checkout step)</param>
    /// <returns>A task whose result is the page's HTML</returns>
    public static async Task<string> RenderAsync(IViewComponentResult result, bool javaScriptBundling = false, bool ajax = false)
    {
        using var scope = Services.Value.CreateScope();
        var scripts = scope.ServiceProvider.GetRequiredService<StorefrontPageScripts>();
        scripts.JavaScriptBundling = javaScriptBundling;

        var body = result switch
        {
            ContentViewComponentResult content => content.Content,
            ViewViewComponentResult view => await RenderViewAsync(scope.ServiceProvider, view, ajax),
            _ => throw new InvalidOperationException($"unexpected view component result {result}")
        };

        return $"<html><head>{string.Concat(scripts.Head)}</head><body>{body}{JQueryScript}{string.Concat(scripts.Footer)}</body></html>";
    }

    private static async Task<string> RenderViewAsync(IServiceProvider services, ViewViewComponentResult result, bool ajax)
    {
        var httpContext = new DefaultHttpContext { RequestServices = services };
        if (ajax)
            httpContext.Request.Headers.XRequestedWith = "XMLHttpRequest";

        var page = (IRazorPage)Activator.CreateInstance(PageOf(result.ViewName!))!;
        var view = new RazorView(services.GetRequiredService<IRazorViewEngine>(), services.GetRequiredService<IRazorPageActivator>(), [], page,
            HtmlEncoder.Default, services.GetRequiredService<DiagnosticListener>());
        var viewData = new ViewDataDictionary(new EmptyModelMetadataProvider(), new ModelStateDictionary()) { Model = result.ViewData!.Model };

        await using var writer = new StringWriter();
        var viewContext = new ViewContext(new ActionContext(httpContext, new RouteData(), new ActionDescriptor()), view, viewData,
            new TempDataDictionary(httpContext, Mock.Of<ITempDataProvider>()), writer, new HtmlHelperOptions());
        await view.RenderAsync(viewContext);

        return writer.ToString();
    }

    #endregion

    #region Nested classes

    /// <summary>
    /// Creates tag helpers from the page's services, nopCommerce's script tag helper as its stand-in
    /// </summary>
    private sealed class NopTagHelperActivator : ITagHelperActivator
    {
        public TTagHelper Create<TTagHelper>(ViewContext context) where TTagHelper : ITagHelper
        {
            var services = context.HttpContext.RequestServices;
            if (typeof(TTagHelper) == typeof(NopScriptTagHelper))
                return (TTagHelper)(object)ActivatorUtilities.CreateInstance<NopScriptTagHelperStandIn>(services);

            return ActivatorUtilities.CreateInstance<TTagHelper>(services);
        }
    }

    /// <summary>
    /// Writes a route URL as its name and values, so a test reads which route and values a view asked for
    /// </summary>
    private sealed class RouteNameUrls : IUrlHelperFactory
    {
        public IUrlHelper GetUrlHelper(ActionContext context)
        {
            var urls = new Mock<IUrlHelper>();
            urls.SetupGet(helper => helper.ActionContext).Returns(context);
            urls.Setup(helper => helper.RouteUrl(It.IsAny<UrlRouteContext>())).Returns((UrlRouteContext route) =>
                $"/route/{route.RouteName}?{string.Join("&", new RouteValueDictionary(route.Values).Select(value => $"{value.Key}={value.Value}"))}");
            urls.Setup(helper => helper.IsLocalUrl(It.IsAny<string>())).Returns(true);

            return urls.Object;
        }
    }

    #endregion
}
