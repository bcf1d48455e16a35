using Nop.Core;
using Nop.Core.Domain.Security;

namespace Nop.Services.Security;

public partial interface IAclService
{
    Task<bool> AuthorizeAsync<TEntity>(TEntity entity) where TEntity : BaseEntity, IAclSupported;
}

public partial interface IPermissionService
{
    Task<bool> AuthorizeAsync(string permissionRecordSystemName);
}

public partial class StandardPermission
{
    public partial class Catalog
    {
        public const string PRODUCTS_VIEW = $"{nameof(Catalog)}.ProductsView";
    }
    public partial class Configuration
    {
        public const string MANAGE_PAYMENT_METHODS = $"{nameof(Configuration)}.ManagePaymentMethods";
    }
    public partial class Orders
    {
        public const string ORDERS_CREATE_EDIT_DELETE = $"{nameof(Orders)}.OrdersCreateEditDelete";
    }
    public partial class PublicStore
    {
        public const string DISPLAY_PRICES = $"{nameof(PublicStore)}.DisplayPrices";
    }
    public partial class Security
    {
        public const string ACCESS_ADMIN_PANEL = $"{nameof(Security)}.AccessAdminPanel";
    }
}
