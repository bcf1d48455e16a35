using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Razor.TagHelpers;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Nop.Core;
using Nop.Core.Configuration;
using Nop.Web.Framework.UI;
using Nop.Web.Framework.WebOptimizer;

namespace Nop.Web.Framework.TagHelpers.Shared;

[HtmlTargetElement(SCRIPT_TAG_NAME)]
public partial class NopScriptTagHelper : UrlResolutionTagHelper
{
    protected const string DEBUG_SRC_ATTRIBUTE_NAME = "asp-debug-src";
    protected const string EXCLUDE_FROM_BUNDLE_ATTRIBUTE_NAME = "asp-exclude-from-bundle";
    protected const string LOCATION_ATTRIBUTE_NAME = "asp-location";
    protected const string SCRIPT_TAG_NAME = "script";
    protected const string SRC_ATTRIBUTE_NAME = "src";
    public NopScriptTagHelper(AppSettings appSettings, HtmlEncoder htmlEncoder, INopAssetHelper bundleHelper, INopHtmlHelper nopHtmlHelper, IUrlHelperFactory urlHelperFactory, IWebHelper webHelper, IWebHostEnvironment webHostEnvironment) : base(urlHelperFactory, htmlEncoder) { }
    [HtmlAttributeName(DEBUG_SRC_ATTRIBUTE_NAME)]
    public string DebugSrc { get; set; }
    [HtmlAttributeName(EXCLUDE_FROM_BUNDLE_ATTRIBUTE_NAME)]
    public bool ExcludeFromBundle { get; set; }
    [HtmlAttributeName(LOCATION_ATTRIBUTE_NAME)]
    public ResourceLocation Location { set; get; }
    [HtmlAttributeName(SRC_ATTRIBUTE_NAME)]
    public string Src { get; set; }
    public override Task ProcessAsync(TagHelperContext context, TagHelperOutput output) { throw null; }
}
