namespace Nop.Core.Http;

public static partial class NopRouteNames
{
    public static partial class General
    {
        public const string CUSTOMER_ORDERS = "CustomerOrders";
    }

    public static partial class Standard
    {
        public const string CHECKOUT_COMPLETED = "CheckoutCompleted";
        public const string ORDER_DETAILS = "OrderDetails";
    }
}
