using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Nop.Web.Framework;
using Nop.Web.Framework.Mvc.Routing;

namespace Nop.Plugin.Payments.Tamara.Infrastructure;

/// <summary>
/// Represents the plugin route provider
/// </summary>
public class RouteProvider : IRouteProvider
{
    /// <summary>
    /// Register routes
    /// </summary>
    /// <param name="endpointRouteBuilder">Route builder</param>
    public void RegisterRoutes(IEndpointRouteBuilder endpointRouteBuilder)
    {
        endpointRouteBuilder.MapControllerRoute(name: TamaraDefaults.Route.Configuration,
            pattern: TamaraDefaults.RoutePath.Configuration,
            defaults: new { controller = "TamaraConfiguration", action = "Configure", area = AreaNames.ADMIN });

        endpointRouteBuilder.MapControllerRoute(name: TamaraDefaults.Route.TestConnection,
            pattern: TamaraDefaults.RoutePath.TestConnection,
            defaults: new { controller = "TamaraConfiguration", action = "TestConnection", area = AreaNames.ADMIN });

        endpointRouteBuilder.MapControllerRoute(name: TamaraDefaults.Route.RegisterWebhook,
            pattern: TamaraDefaults.RoutePath.RegisterWebhook,
            defaults: new { controller = "TamaraConfiguration", action = "RegisterWebhook", area = AreaNames.ADMIN });

        endpointRouteBuilder.MapControllerRoute(name: TamaraDefaults.Route.WidgetAmount,
            pattern: TamaraDefaults.RoutePath.WidgetAmount,
            defaults: new { controller = "TamaraWidget", action = "Amount" });

        endpointRouteBuilder.MapControllerRoute(name: TamaraDefaults.Route.Success,
            pattern: TamaraDefaults.RoutePath.Success,
            defaults: new { controller = "TamaraReturn", action = "Success" });

        endpointRouteBuilder.MapControllerRoute(name: TamaraDefaults.Route.Failure,
            pattern: TamaraDefaults.RoutePath.Failure,
            defaults: new { controller = "TamaraReturn", action = "Failure" });

        endpointRouteBuilder.MapControllerRoute(name: TamaraDefaults.Route.Cancel,
            pattern: TamaraDefaults.RoutePath.Cancel,
            defaults: new { controller = "TamaraReturn", action = "Cancel" });

        endpointRouteBuilder.MapControllerRoute(name: TamaraDefaults.Route.Webhook,
            pattern: TamaraDefaults.RoutePath.Webhook,
            defaults: new { controller = "TamaraWebhook", action = "Handle" });
    }

    /// <summary>
    /// Gets a priority of route provider
    /// </summary>
    public int Priority => 0;
}
