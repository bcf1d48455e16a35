using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Nop.Web.Framework.TagHelpers.Shared;
using Nop.Web.Framework.UI;

namespace Nop.Plugin.Payments.Tamara.Tests.Views;

/// <summary>
/// Stands in for nopCommerce 4.90.3's NopScriptTagHelper (whose reference SDK body throws) with its placement rules for
/// inline scripts: an AJAX request keeps every script where it is; a script of another type than text/javascript stays;
/// asp-location "Auto" (none given) goes to the footer when JavaScript bundling is on and stays where it is when it is
/// off; "None" stays; "Head" and "Footer" leave their place for the layout's head or footer (NopHtml.AddInlineScriptParts)
/// </summary>
public sealed class NopScriptTagHelperStandIn : NopScriptTagHelper
{
    private readonly StorefrontPageScripts _pageScripts;

    public NopScriptTagHelperStandIn(IUrlHelperFactory urlHelperFactory, StorefrontPageScripts pageScripts)
        : base(null!, HtmlEncoder.Default, null!, null!, urlHelperFactory, null!, null!)
    {
        _pageScripts = pageScripts;
    }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        if (ViewContext.HttpContext.Request.Headers.XRequestedWith == "XMLHttpRequest")
            return;

        output.TagMode = TagMode.StartTagAndEndTag;
        if (context.AllAttributes.TryGetAttribute("type", out var type) && !string.Equals(type.Value?.ToString(), "text/javascript", StringComparison.OrdinalIgnoreCase))
            return;

        var location = Location == ResourceLocation.Auto
            ? _pageScripts.JavaScriptBundling ? ResourceLocation.Footer : ResourceLocation.None
            : Location;
        if (location == ResourceLocation.None)
            return;

        var attributes = string.Concat(output.Attributes.Select(attribute => $" {attribute.Name}=\"{attribute.Value}\""));
        _pageScripts.AddInline(location, $"<script{attributes}>{(await output.GetChildContentAsync()).GetContent()}</script>");
        output.SuppressOutput();
    }
}
