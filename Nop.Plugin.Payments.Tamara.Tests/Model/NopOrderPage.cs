using Microsoft.Extensions.DependencyInjection;
using Moq;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Core.Domain.Shipping;
using Nop.Plugin.Payments.Tamara.Api;
using Nop.Plugin.Payments.Tamara.Services.Orders;
using Nop.Plugin.Payments.Tamara.Services.Reconciliation;
using Nop.Plugin.Payments.Tamara.Tests.Support.Journeys;
using Nop.Services.Payments;

namespace Nop.Plugin.Payments.Tamara.Tests.Model;

/// <summary>
/// nopCommerce 4.90.3's admin order page around a Tamara order: which buttons it shows in a state (OrderProcessingService's Can*
/// rules, Tamara supporting capture, refund, partial refund and void) and what each does, in nopCommerce's order: the payment
/// method first where nopCommerce calls it, then the statuses, then the event. Also nopCommerce's own order processing as the
/// plugin calls it (marking authorised, paid or voided publishes the events nopCommerce publishes).
/// </summary>
public sealed class NopOrderPage
{
    #region Fields

    private readonly JourneyStore _store;

    #endregion

    #region Ctor

    public NopOrderPage(JourneyStore store)
    {
        _store = store;
        SetUpOrderProcessing();
    }

    #endregion

    #region Utilities

    /// <summary>
    /// OrderProcessingService's MarkAsAuthorizedAsync, MarkOrderAsPaidAsync and VoidOfflineAsync: the status (and paid date),
    /// CheckOrderStatusAsync, and the event (OrderAuthorizedEvent, OrderPaidEvent, OrderVoidedEvent)
    /// </summary>
    private void SetUpOrderProcessing()
    {
        var processing = _store.Nop.OrderProcessing;
        processing.Setup(service => service.MarkAsAuthorizedAsync(It.IsAny<Order>()))
            .Returns((Order order) => SetPaymentStatusAsync(order, PaymentStatus.Authorized, "OrderAuthorizedEvent"));
        processing.Setup(service => service.CanMarkOrderAsPaid(It.IsAny<Order>())).Returns((Order order) => CanMarkOrderAsPaid(order));
        processing.Setup(service => service.MarkOrderAsPaidAsync(It.IsAny<Order>())).Returns((Order order) => MarkOrderAsPaidAsync(order));
        processing.Setup(service => service.CanVoidOffline(It.IsAny<Order>())).Returns((Order order) => CanVoidOffline(order));
        processing.Setup(service => service.VoidOfflineAsync(It.IsAny<Order>()))
            .Returns((Order order) => CanVoidOffline(order)
                ? SetPaymentStatusAsync(order, PaymentStatus.Voided, "OrderVoidedEvent")
                : throw new Nop.Core.NopException("You can't void this order"));
    }

    private async Task SetPaymentStatusAsync(Order order, PaymentStatus status, string eventName)
    {
        order.PaymentStatus = status;
        if (status == PaymentStatus.Paid)
            order.PaidDateUtc = DateTime.UtcNow;
        await _store.Nop.OrderService.Object.UpdateOrderAsync(order);
        await CheckOrderStatusAsync(order);
        await PublishOrderEventAsync(eventName, order);
    }

    /// <summary>
    /// Publishes an order event of Nop.Core.Domain.Orders by name: the reference SDK declares an event only once the plugin consumes it
    /// </summary>
    private async Task PublishOrderEventAsync(string name, Order order)
    {
        var eventType = typeof(Order).Assembly.GetType($"Nop.Core.Domain.Orders.{name}");
        if (eventType is null)
            return;

        var publish = typeof(JourneyStore).GetMethod(nameof(JourneyStore.PublishAsync))!.MakeGenericMethod(eventType);
        await (Task)publish.Invoke(_store, [Activator.CreateInstance(eventType, order), order.StoreId])!;
    }

    /// <summary>
    /// OrderProcessingService.CheckOrderStatusAsync: Pending becomes Processing once paid, authorised or shipped; Complete once paid
    /// and shipped (CompleteOrderWhenDelivered off)
    /// </summary>
    private async Task CheckOrderStatusAsync(Order order)
    {
        var completed = order.PaymentStatus == PaymentStatus.Paid && order.ShippingStatus is ShippingStatus.ShippingNotRequired or ShippingStatus.Shipped or ShippingStatus.Delivered;
        if (order.OrderStatus is OrderStatus.Cancelled or OrderStatus.Complete)
            return;

        if (order.OrderStatus == OrderStatus.Pending && (order.PaymentStatus is PaymentStatus.Authorized or PaymentStatus.Paid
            || order.ShippingStatus is ShippingStatus.PartiallyShipped or ShippingStatus.Shipped or ShippingStatus.Delivered))
            await ChangeOrderStatusAsync(order, OrderStatus.Processing);

        if (completed)
            await ChangeOrderStatusAsync(order, OrderStatus.Complete);
    }

    private async Task<IList<string>> CallPaymentMethodAsync<TResult>(Order order, Func<TamaraPaymentMethod, Task<TResult>> call,
        Func<TResult, IList<string>> errorsOf, Func<TResult, Task> onSuccess)
    {
        using var scope = _store.CreateScope(order.StoreId);
        var result = await call(scope.ServiceProvider.GetRequiredService<TamaraPaymentMethod>());
        var errors = errorsOf(result);
        if (errors.Count == 0)
            await onSuccess(result);
        return errors;
    }

    #endregion

    #region Methods

    public static bool CanCancelOrder(Order order) => order.OrderStatus != OrderStatus.Cancelled;

    public static bool CanCapture(Order order) => order.OrderStatus is not (OrderStatus.Cancelled or OrderStatus.Pending) && order.PaymentStatus == PaymentStatus.Authorized;

    public static bool CanMarkOrderAsPaid(Order order) =>
        order.OrderStatus != OrderStatus.Cancelled && order.PaymentStatus is not (PaymentStatus.Paid or PaymentStatus.Refunded or PaymentStatus.Voided);

    public static bool CanVoid(Order order) => order.OrderTotal != 0 && order.PaymentStatus == PaymentStatus.Authorized;

    public static bool CanVoidOffline(Order order) => order.OrderTotal != 0 && order.PaymentStatus == PaymentStatus.Authorized;

    public static bool CanRefund(Order order) => order.OrderTotal != 0 && order.RefundedAmount == 0 && order.PaymentStatus == PaymentStatus.Paid;

    public static bool CanRefundOffline(Order order) => CanRefund(order);

    public static bool CanPartiallyRefund(Order order, decimal amount) =>
        order.OrderTotal != 0 && amount > 0 && amount <= order.OrderTotal - order.RefundedAmount && order.PaymentStatus is PaymentStatus.Paid or PaymentStatus.PartiallyRefunded;

    public static bool CanPartiallyRefundOffline(Order order, decimal amount) => CanPartiallyRefund(order, amount);

    /// <summary>
    /// The order's shipments not yet delivered, oldest first
    /// </summary>
    public IReadOnlyList<Shipment> UndeliveredShipments(Order order) =>
        _store.Shipments.Where(shipment => shipment.OrderId == order.Id && shipment.DeliveryDateUtc is null).ToList();

    /// <summary>
    /// "Cancel order": CancelOrderAsync sets Cancelled and publishes OrderStatusChangedEvent
    /// </summary>
    public Task CancelOrderAsync(Order order) => _store.CancelAsync(order);

    /// <summary>
    /// "Change status" (OrderController.ChangeOrderStatus): the status written as chosen, OrderStatusChangedEvent published even
    /// when it is the same
    /// </summary>
    public async Task ChangeOrderStatusAsync(Order order, OrderStatus status)
    {
        var previous = order.OrderStatus;
        order.OrderStatus = status;
        await _store.Nop.OrderService.Object.UpdateOrderAsync(order);
        await _store.PublishAsync(new OrderStatusChangedEvent(order, previous), order.StoreId);
    }

    /// <summary>
    /// "Capture": the payment method's CaptureAsync; on success the capture id, the payment status it answers, the paid date
    /// </summary>
    public Task<IList<string>> CaptureAsync(Order order) => CallPaymentMethodAsync(order,
        method => method.CaptureAsync(new CapturePaymentRequest { Order = order }), result => result.Errors,
        async (CapturePaymentResult result) =>
        {
            order.CaptureTransactionId = result.CaptureTransactionId;
            order.CaptureTransactionResult = result.CaptureTransactionResult;
            order.PaymentStatus = result.NewPaymentStatus;
            if (result.NewPaymentStatus == PaymentStatus.Paid)
                order.PaidDateUtc = DateTime.UtcNow;
            await _store.Nop.OrderService.Object.UpdateOrderAsync(order);
            await CheckOrderStatusAsync(order);
            if (order.PaymentStatus == PaymentStatus.Paid)
                await PublishOrderEventAsync("OrderPaidEvent", order);
        });

    /// <summary>
    /// "Void": the payment method's VoidAsync; on success the payment status it answers and OrderVoidedEvent
    /// </summary>
    public Task<IList<string>> VoidAsync(Order order) => CallPaymentMethodAsync(order,
        method => method.VoidAsync(new VoidPaymentRequest { Order = order }), result => result.Errors,
        async (VoidPaymentResult result) =>
        {
            order.PaymentStatus = result.NewPaymentStatus;
            await _store.Nop.OrderService.Object.UpdateOrderAsync(order);
            await PublishOrderEventAsync("OrderVoidedEvent", order);
            await CheckOrderStatusAsync(order);
        });

    /// <summary>
    /// "Void (offline)": Voided and OrderVoidedEvent, the payment method never called
    /// </summary>
    public Task VoidOfflineAsync(Order order) => _store.Nop.OrderProcessing.Object.VoidOfflineAsync(order);

    /// <summary>
    /// "Mark as paid": Paid and the paid date, then OrderPaidEvent; refused when CanMarkOrderAsPaid is false
    /// </summary>
    public async Task MarkOrderAsPaidAsync(Order order)
    {
        if (!CanMarkOrderAsPaid(order))
            throw new Nop.Core.NopException("You can't mark this order as paid");

        await SetPaymentStatusAsync(order, PaymentStatus.Paid, "OrderPaidEvent");
    }

    /// <summary>
    /// "Edit order totals": nopCommerce writes the totals the admin typed (here a discount taken off the total), with no event
    /// </summary>
    public async Task EditOrderTotalsAsync(Order order, decimal discount)
    {
        order.OrderDiscount += discount;
        order.OrderTotal -= discount;
        await _store.Nop.OrderService.Object.UpdateOrderAsync(order);
    }

    /// <summary>
    /// "Set as delivered": the date, the order Delivered once every shipment is, then ShipmentDeliveredEvent and the order status check
    /// </summary>
    public async Task DeliverAsync(Shipment shipment)
    {
        shipment.DeliveryDateUtc = DateTime.UtcNow;
        var order = _store.Nop.GetOrder(shipment.OrderId);
        if (order.ShippingStatus == ShippingStatus.Shipped && UndeliveredShipments(order).Count == 0)
        {
            order.ShippingStatus = ShippingStatus.Delivered;
            await _store.Nop.OrderService.Object.UpdateOrderAsync(order);
        }

        await _store.PublishAsync(new ShipmentDeliveredEvent(shipment), order.StoreId);
        await CheckOrderStatusAsync(_store.Nop.GetOrder(order.Id));
    }

    /// <summary>
    /// "Sync now" on the Tamara panel, as TamaraOrderController runs it; answers what the admin is shown
    /// </summary>
    public async Task<string> SyncNowAsync(Order order)
    {
        using var scope = _store.CreateScope(order.StoreId);
        try
        {
            var result = await scope.ServiceProvider.GetRequiredService<ReconciliationService>().ReconcileOrderAsync(order, TamaraSyncTrigger.Manual);
            return result.Outcome == TamaraSyncOutcome.Synced ? $"Tamara order synchronised: {result.Status}" : $"Tamara order not synchronised: {result.Outcome}";
        }
        catch (TamaraException exception)
        {
            return $"Tamara could not be read: {exception.Message}";
        }
    }

    #endregion
}
