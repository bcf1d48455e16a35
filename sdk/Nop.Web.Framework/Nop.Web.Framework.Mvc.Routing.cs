using Microsoft.AspNetCore.Routing;

namespace Nop.Web.Framework.Mvc.Routing;

public partial interface IRouteProvider
{
    int Priority { get; }
    void RegisterRoutes(IEndpointRouteBuilder endpointRouteBuilder);
}

public static partial class NopRoutingDefaults
{
    public static partial class RouteValue
    {
        public static string ProductId => "productid";
    }
}
