namespace Nop.Services.Security;

public partial interface IPermissionService
{
    Task<bool> AuthorizeAsync(string permissionRecordSystemName);
}

public partial class StandardPermission
{
    public partial class Configuration
    {
        public const string MANAGE_PAYMENT_METHODS = $"{nameof(Configuration)}.ManagePaymentMethods";
    }
    public partial class Orders
    {
        public const string ORDERS_CREATE_EDIT_DELETE = $"{nameof(Orders)}.OrdersCreateEditDelete";
    }
}
