using Microsoft.AspNetCore.Routing;

namespace Nop.Web.Framework.Mvc.Routing;

public partial interface IRouteProvider
{
    int Priority { get; }
    void RegisterRoutes(IEndpointRouteBuilder endpointRouteBuilder);
}
