using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Newtonsoft.Json;

namespace Nop.Plugin.Payments.Tamara.Tests.Support;

/// <summary>
/// Stands in for nopCommerce's Razor views in a test host: a view renders as its path, a line break and its model in JSON
/// </summary>
public sealed class EchoViewEngine : IViewEngine
{
    public ViewEngineResult FindView(ActionContext context, string viewName, bool isMainPage) => ViewEngineResult.Found(viewName, new EchoView(viewName));

    public ViewEngineResult GetView(string? executingFilePath, string viewPath, bool isMainPage) => ViewEngineResult.Found(viewPath, new EchoView(viewPath));

    private sealed record EchoView(string Path) : IView
    {
        public Task RenderAsync(ViewContext context) => context.Writer.WriteAsync($"{Path}\n{JsonConvert.SerializeObject(context.ViewData.Model)}");
    }
}
