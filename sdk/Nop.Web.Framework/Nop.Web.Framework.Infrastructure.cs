namespace Nop.Web.Framework.Infrastructure;

public static partial class AdminWidgetZones
{
    public static string OrderDetailsBlock => "admin_order_details_block";
    public static string OrderDetailsButtons => "admin_order_details_buttons";
}

public static partial class PublicWidgetZones
{
    public static string CheckoutPaymentInfoTop => "checkout_payment_info_top";
}
