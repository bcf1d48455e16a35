using Nop.Web.Framework.Models;

namespace Nop.Plugin.Payments.Tamara.Models.Public;

/// <summary>
/// Represents Tamara's promotional widget (v2): the tamara-widget element and the page's widget configuration
/// </summary>
public record TamaraWidgetModel : BaseNopModel
{
    /// <summary>
    /// Gets or sets the placement, lower case ("product", "cart", "checkout")
    /// </summary>
    public string Placement { get; set; } = string.Empty;

    /// <summary>
    /// Gets or sets the amount in the working currency, with its minor digits and a dot ("271.00", "22.141")
    /// </summary>
    public string Amount { get; set; } = string.Empty;

    /// <summary>
    /// Gets or sets the widget's inline type (2 on the product page, 3 in the cart and at checkout)
    /// </summary>
    public int InlineType { get; set; }

    /// <summary>
    /// Gets or sets the widget language ("ar" or "en")
    /// </summary>
    public string Language { get; set; } = string.Empty;

    /// <summary>
    /// Gets or sets the Tamara country of the working currency ("SA", "KW", ...)
    /// </summary>
    public string Country { get; set; } = string.Empty;

    /// <summary>
    /// Gets or sets the merchant public key
    /// </summary>
    public string PublicKey { get; set; } = string.Empty;

    /// <summary>
    /// Gets or sets the widget script URL (Tamara's CDN, or the Custom URL setting)
    /// </summary>
    public string ScriptUrl { get; set; } = string.Empty;

    /// <summary>
    /// Gets or sets the product of a product page widget (0 elsewhere)
    /// </summary>
    public int ProductId { get; set; }
}
