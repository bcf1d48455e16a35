using Nop.Web.Framework.UI;

namespace Nop.Plugin.Payments.Tamara.Tests.Views;

/// <summary>
/// The inline scripts a page's views hand to the layout (nopCommerce's NopHtml.AddInlineScriptParts), and whether the
/// store bundles JavaScript; one per rendered page
/// </summary>
public sealed class StorefrontPageScripts
{
    private readonly List<string> _head = [];
    private readonly List<string> _footer = [];

    public bool JavaScriptBundling { get; set; }

    public IReadOnlyList<string> Head => _head;

    public IReadOnlyList<string> Footer => _footer;

    public void AddInline(ResourceLocation location, string script) => (location == ResourceLocation.Head ? _head : _footer).Add(script);
}
