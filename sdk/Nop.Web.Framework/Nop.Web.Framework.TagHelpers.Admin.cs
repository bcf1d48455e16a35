using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Nop.Core;
using Nop.Core.Domain.Common;
using Nop.Services.Localization;

namespace Nop.Web.Framework.TagHelpers.Admin;

[HtmlTargetElement("nop-editor", Attributes = FOR_ATTRIBUTE_NAME, TagStructure = TagStructure.WithoutEndTag)]
public partial class NopEditorTagHelper : TagHelper
{
    protected const string CUSTOM_HTML_ATTRIBUTES = "html-attributes";
    protected const string FOR_ATTRIBUTE_NAME = "asp-for";
    protected const string POSTFIX_ATTRIBUTE_NAME = "asp-postfix";
    protected const string RENDER_FORM_CONTROL_CLASS_ATTRIBUTE_NAME = "asp-render-form-control-class";
    protected const string REQUIRED_ATTRIBUTE_NAME = "asp-required";
    protected const string TEMPLATE_ATTRIBUTE_NAME = "asp-template";
    protected readonly IHtmlHelper _htmlHelper;
    public NopEditorTagHelper(IHtmlHelper htmlHelper) { }
    [HtmlAttributeName(CUSTOM_HTML_ATTRIBUTES)]
    public object CustomHtmlAttributes { set; get; }
    [HtmlAttributeName(FOR_ATTRIBUTE_NAME)]
    public ModelExpression For { get; set; }
    [HtmlAttributeName(REQUIRED_ATTRIBUTE_NAME)]
    public string IsRequired { set; get; }
    [HtmlAttributeName(POSTFIX_ATTRIBUTE_NAME)]
    public string Postfix { set; get; }
    [HtmlAttributeName(RENDER_FORM_CONTROL_CLASS_ATTRIBUTE_NAME)]
    public string RenderFormControlClass { set; get; }
    [HtmlAttributeName(TEMPLATE_ATTRIBUTE_NAME)]
    public string Template { set; get; }
    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; }
    public override Task ProcessAsync(TagHelperContext context, TagHelperOutput output) { throw null; }
}

[HtmlTargetElement("nop-label", Attributes = FOR_ATTRIBUTE_NAME, TagStructure = TagStructure.WithoutEndTag)]
public partial class NopLabelTagHelper : TagHelper
{
    protected const string DISPLAY_HINT_ATTRIBUTE_NAME = "asp-display-hint";
    protected const string FOR_ATTRIBUTE_NAME = "asp-for";
    protected readonly ILocalizationService _localizationService;
    protected readonly IWorkContext _workContext;
    public NopLabelTagHelper(IHtmlGenerator generator, ILocalizationService localizationService, IWorkContext workContext) { Generator = generator; }
    [HtmlAttributeName(DISPLAY_HINT_ATTRIBUTE_NAME)]
    public bool DisplayHint { get; set; } = true;
    [HtmlAttributeName(FOR_ATTRIBUTE_NAME)]
    public ModelExpression For { get; set; }
    protected IHtmlGenerator Generator { get; set; }
    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; }
    public override Task ProcessAsync(TagHelperContext context, TagHelperOutput output) { throw null; }
}

[HtmlTargetElement("nop-override-store-checkbox", Attributes = FOR_ATTRIBUTE_NAME, TagStructure = TagStructure.WithoutEndTag)]
public partial class NopOverrideStoreCheckboxHelper : TagHelper
{
    protected const string FOR_ATTRIBUTE_NAME = "asp-for";
    protected const string INPUT_2_ATTRIBUTE_NAME = "asp-input2";
    protected const string INPUT_ATTRIBUTE_NAME = "asp-input";
    protected const string PARENT_CONTAINER_ATTRIBUTE_NAME = "asp-parent-container";
    protected const string STORE_SCOPE_ATTRIBUTE_NAME = "asp-store-scope";
    protected readonly IHtmlHelper _htmlHelper;
    public NopOverrideStoreCheckboxHelper(IHtmlHelper htmlHelper) { }
    [HtmlAttributeName(FOR_ATTRIBUTE_NAME)]
    public ModelExpression For { get; set; }
    [HtmlAttributeName(INPUT_ATTRIBUTE_NAME)]
    public ModelExpression Input { set; get; }
    [HtmlAttributeName(INPUT_2_ATTRIBUTE_NAME)]
    public ModelExpression Input2 { set; get; }
    [HtmlAttributeName(PARENT_CONTAINER_ATTRIBUTE_NAME)]
    public string ParentContainer { set; get; }
    [HtmlAttributeName(STORE_SCOPE_ATTRIBUTE_NAME)]
    public int StoreScope { set; get; }
    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; }
    public override Task ProcessAsync(TagHelperContext context, TagHelperOutput output) { throw null; }
}

[HtmlTargetElement("nop-select", TagStructure = TagStructure.WithoutEndTag)]
public partial class NopSelectTagHelper : TagHelper
{
    protected const string FOR_ATTRIBUTE_NAME = "asp-for";
    protected const string ITEMS_ATTRIBUTE_NAME = "asp-items";
    protected const string MULTIPLE_ATTRIBUTE_NAME = "asp-multiple";
    protected const string NAME_ATTRIBUTE_NAME = "asp-for-name";
    protected const string REQUIRED_ATTRIBUTE_NAME = "asp-required";
    protected readonly AdminAreaSettings _adminAreaSettings;
    protected readonly IHtmlHelper _htmlHelper;
    public NopSelectTagHelper(AdminAreaSettings adminAreaSettings, IHtmlHelper htmlHelper) { }
    [HtmlAttributeName(FOR_ATTRIBUTE_NAME)]
    public ModelExpression For { get; set; }
    [HtmlAttributeName(MULTIPLE_ATTRIBUTE_NAME)]
    public string IsMultiple { set; get; }
    [HtmlAttributeName(REQUIRED_ATTRIBUTE_NAME)]
    public string IsRequired { set; get; }
    [HtmlAttributeName(ITEMS_ATTRIBUTE_NAME)]
    public IEnumerable<SelectListItem> Items { set; get; } = new List<SelectListItem>();
    [HtmlAttributeName(NAME_ATTRIBUTE_NAME)]
    public string Name { get; set; }
    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; }
    public override Task ProcessAsync(TagHelperContext context, TagHelperOutput output) { throw null; }
}
