using Nop.Core.Domain.Common;
using Nop.Core.Domain.Payments;
using Nop.Core.Domain.Shipping;

namespace Nop.Core.Domain.Orders;

public partial class Order : BaseEntity, ISoftDeletedEntity
{
    public string AuthorizationTransactionId { get; set; }
    public int BillingAddressId { get; set; }
    public string CaptureTransactionId { get; set; }
    public string CaptureTransactionResult { get; set; }
    public string CheckoutAttributesXml { get; set; }
    public DateTime CreatedOnUtc { get; set; }
    public decimal CurrencyRate { get; set; }
    public string CustomOrderNumber { get; set; }
    public string CustomValuesXml { get; set; }
    public string CustomerCurrencyCode { get; set; }
    public int CustomerId { get; set; }
    public int CustomerLanguageId { get; set; }
    public bool Deleted { get; set; }
    public decimal OrderDiscount { get; set; }
    public Guid OrderGuid { get; set; }
    public decimal OrderShippingExclTax { get; set; }
    public decimal OrderShippingInclTax { get; set; }
    public OrderStatus OrderStatus { get => (OrderStatus)OrderStatusId; set => OrderStatusId = (int)value; }
    public int OrderStatusId { get; set; }
    public decimal OrderSubTotalDiscountExclTax { get; set; }
    public decimal OrderSubtotalExclTax { get; set; }
    public decimal OrderTax { get; set; }
    public decimal OrderTotal { get; set; }
    public DateTime? PaidDateUtc { get; set; }
    public decimal PaymentMethodAdditionalFeeExclTax { get; set; }
    public string PaymentMethodSystemName { get; set; }
    public PaymentStatus PaymentStatus { get => (PaymentStatus)PaymentStatusId; set => PaymentStatusId = (int)value; }
    public int PaymentStatusId { get; set; }
    public int? PickupAddressId { get; set; }
    public bool PickupInStore { get; set; }
    public decimal RefundedAmount { get; set; }
    public int? ShippingAddressId { get; set; }
    public string ShippingMethod { get; set; }
    public ShippingStatus ShippingStatus { get => (ShippingStatus)ShippingStatusId; set => ShippingStatusId = (int)value; }
    public int ShippingStatusId { get; set; }
    public int StoreId { get; set; }
}

public partial class OrderItem : BaseEntity
{
    public decimal DiscountAmountExclTax { get; set; }
    public int OrderId { get; set; }
    public decimal PriceExclTax { get; set; }
    public decimal PriceInclTax { get; set; }
    public int ProductId { get; set; }
    public int Quantity { get; set; }
    public decimal UnitPriceExclTax { get; set; }
    public decimal UnitPriceInclTax { get; set; }
}

public partial class OrderNote : BaseEntity
{
    public DateTime CreatedOnUtc { get; set; }
    public bool DisplayToCustomer { get; set; }
    public string Note { get; set; }
    public int OrderId { get; set; }
}

public partial class OrderPaidEvent
{
    public OrderPaidEvent(Order order) { Order = order; }
    public Order Order { get; }
}

public partial class OrderRefundedEvent
{
    public OrderRefundedEvent(Order order, decimal amount) { Order = order; Amount = amount; }
    public decimal Amount { get; }
    public Order Order { get; }
}

public enum OrderStatus
{
    Cancelled = 40,
    Complete = 30,
    Pending = 10,
    Processing = 20,
}

public partial class OrderStatusChangedEvent
{
    public OrderStatusChangedEvent(Order order, OrderStatus previousOrderStatus) { Order = order; PreviousOrderStatus = previousOrderStatus; }
    public Order Order { get; }
    public OrderStatus PreviousOrderStatus { get; set; }
}

public partial class OrderVoidedEvent
{
    public OrderVoidedEvent(Order order) { Order = order; }
    public Order Order { get; }
}

public partial class ShoppingCartItem : BaseEntity
{
    public DateTime CreatedOnUtc { get; set; }
    public int CustomerId { get; set; }
    public int ProductId { get; set; }
    public int Quantity { get; set; }
    public int StoreId { get; set; }
}

public enum ShoppingCartType
{
    ShoppingCart = 1,
    Wishlist = 2,
}
