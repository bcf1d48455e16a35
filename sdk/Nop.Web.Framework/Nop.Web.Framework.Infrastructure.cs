namespace Nop.Web.Framework.Infrastructure;

public static partial class AdminWidgetZones
{
    public static string OrderDetailsBlock => "admin_order_details_block";
}

public static partial class PublicWidgetZones
{
    public static string OrderSummaryContentAfter => "order_summary_content_after";
    public static string ProductPriceBottom => "product_price_bottom";
}
