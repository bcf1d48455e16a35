using Nop.Core;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Discounts;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Stores;

namespace Nop.Services.Orders;

public partial class AppliedGiftCard
{
}

public partial class CustomValue
{
    public CustomValue(string name, string value, CustomValueDisplayLocation displayLocation = CustomValueDisplayLocation.Payment, bool displayToCustomer = true, DateTime? createdOnUtc = null) { Name = name; Value = value; DisplayLocation = displayLocation; DisplayToCustomer = displayToCustomer; CreatedOnUtc = createdOnUtc; }
    public DateTime? CreatedOnUtc { get; set; }
    public CustomValueDisplayLocation DisplayLocation { get; set; }
    public bool DisplayToCustomer { get; set; }
    public string Name { get; set; }
    public string Value { get; set; }
}

public enum CustomValueDisplayLocation
{
    BillingAddress = 0,
    Payment = 2,
    Shipping = 3,
    ShippingAddress = 1,
}

public partial class CustomValues : List<CustomValue>
{
}

public partial interface IOrderProcessingService
{
    bool CanCancelOrder(Order order);
    bool CanMarkOrderAsAuthorized(Order order);
    bool CanMarkOrderAsPaid(Order order);
    bool CanPartiallyRefundOffline(Order order, decimal amountToRefund);
    bool CanRefundOffline(Order order);
    bool CanVoidOffline(Order order);
    Task CancelOrderAsync(Order order, bool notifyCustomer);
    Task MarkAsAuthorizedAsync(Order order);
    Task MarkOrderAsPaidAsync(Order order);
    Task PartiallyRefundOfflineAsync(Order order, decimal amountToRefund);
    Task RefundOfflineAsync(Order order);
    Task VoidOfflineAsync(Order order);
}

public partial interface IOrderService
{
    Task<Order> GetOrderByGuidAsync(Guid orderGuid);
    Task<Order> GetOrderByIdAsync(int orderId);
    Task<IList<OrderItem>> GetOrderItemsAsync(int orderId, bool? isNotReturnable = null, bool? isShipEnabled = null, int vendorId = 0);
    Task<IList<OrderNote>> GetOrderNotesByOrderIdAsync(int orderId, bool? displayToCustomer = null);
    Task<Product> GetProductByOrderItemIdAsync(int orderItemId);
    Task<int> GetTotalNumberOfItemsInAllShipmentsAsync(OrderItem orderItem);
    Task InsertOrderNoteAsync(OrderNote orderNote);
    Task<IPagedList<Order>> SearchOrdersAsync(int storeId = 0, int vendorId = 0, int customerId = 0, int productId = 0, int affiliateId = 0, int warehouseId = 0, int billingCountryId = 0, string paymentMethodSystemName = null, DateTime? createdFromUtc = null, DateTime? createdToUtc = null, List<int> osIds = null, List<int> psIds = null, List<int> ssIds = null, string billingPhone = null, string billingEmail = null, string billingLastName = "", string orderNotes = null, int pageIndex = 0, int pageSize = int.MaxValue, bool getOnlyTotalCount = false);
    Task UpdateOrderAsync(Order order);
}

public partial interface IOrderTotalCalculationService
{
    Task<decimal> CalculatePaymentAdditionalFeeAsync(IList<ShoppingCartItem> cart, decimal fee, bool usePercentage);
    Task<(decimal? shoppingCartTotal, decimal discountAmount, List<Discount> appliedDiscounts, List<AppliedGiftCard> appliedGiftCards, int redeemedRewardPoints, decimal redeemedRewardPointsAmount)> GetShoppingCartTotalAsync(IList<ShoppingCartItem> cart, bool? useRewardPoints = null, bool usePaymentMethodAdditionalFee = true);
}

public partial interface IShoppingCartService
{
    Task<IList<ShoppingCartItem>> GetShoppingCartAsync(Customer customer, ShoppingCartType? shoppingCartType = null, int storeId = 0, int? productId = null, DateTime? createdFromUtc = null, DateTime? createdToUtc = null, int? customWishlistId = null);
    Task<(decimal unitPrice, decimal discountAmount, List<Discount> appliedDiscounts)> GetUnitPriceAsync(Product product, Customer customer, Store store, ShoppingCartType shoppingCartType, int quantity, string attributesXml, decimal customerEnteredPrice, DateTime? rentalStartDate, DateTime? rentalEndDate, bool includeDiscounts);
}
