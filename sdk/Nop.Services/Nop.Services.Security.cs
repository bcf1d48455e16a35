using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Security;

namespace Nop.Services.Security;

public partial interface IPermissionService
{
    Task<bool> AuthorizeAsync(PermissionRecord permission);
    Task<bool> AuthorizeAsync(PermissionRecord permission, Customer customer);
    Task<bool> AuthorizeAsync(string permissionRecordSystemName);
    Task<bool> AuthorizeAsync(string permissionRecordSystemName, Customer customer);
    Task<bool> AuthorizeAsync(string permissionRecordSystemName, int customerRoleId);
}

public partial class StandardPermission
{
    public partial class Configuration
    {
        public const string MANAGE_PAYMENT_METHODS = $"{nameof(Configuration)}.ManagePaymentMethods";
        public const string MANAGE_PLUGINS = $"{nameof(Configuration)}.ManagePlugins";
    }
    public partial class Orders
    {
        public const string ORDERS_CREATE_EDIT_DELETE = $"{nameof(Orders)}.OrdersCreateEditDelete";
        public const string ORDERS_VIEW = $"{nameof(Orders)}.OrdersView";
    }
}
