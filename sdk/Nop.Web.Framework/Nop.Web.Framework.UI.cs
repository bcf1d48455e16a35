namespace Nop.Web.Framework.UI;

public partial interface INopHtmlHelper
{
}

public enum ResourceLocation
{
    Auto = 0,
    Footer = 3,
    Head = 2,
    None = 1,
}
