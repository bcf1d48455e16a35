using Nop.Core.Domain.Orders;
using Nop.Plugin.Payments.Tamara.Api.Models;
using Nop.Services.Common;
using Nop.Services.Orders;

namespace Nop.Plugin.Payments.Tamara.Services.Orders;

/// <summary>
/// The one place that reads and writes the Tamara state kept on a nopCommerce order:
/// Order.AuthorizationTransactionId holds the Tamara order_id, generic attributes hold the rest, order notes the history
/// (the after-sale ledger of captures, refunds and queued actions is AfterSaleRecordService's)
/// </summary>
public class TamaraOrderStateService
{
    #region Fields

    private readonly IGenericAttributeService _genericAttributeService;
    private readonly IOrderService _orderService;

    #endregion

    #region Ctor

    public TamaraOrderStateService(IGenericAttributeService genericAttributeService,
        IOrderService orderService)
    {
        _genericAttributeService = genericAttributeService;
        _orderService = orderService;
    }

    #endregion

    #region Methods

    /// <summary>
    /// Gets the order_reference_id Tamara knows the order by
    /// </summary>
    /// <param name="order">Order</param>
    /// <returns>The order GUID: unique, stable and not guessable</returns>
    public static string GetOrderReferenceId(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);

        return order.OrderGuid.ToString();
    }

    /// <summary>
    /// Reads the Tamara state of an order
    /// </summary>
    /// <param name="order">Order</param>
    /// <returns>A task whose result is the state</returns>
    public async Task<TamaraOrderState> GetStateAsync(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);

        var checkoutId = await _genericAttributeService.GetAttributeAsync<string>(order, TamaraDefaults.OrderAttributes.CheckoutId);
        var status = await _genericAttributeService.GetAttributeAsync<string>(order, TamaraDefaults.OrderAttributes.Status);
        var paymentType = await _genericAttributeService.GetAttributeAsync<string>(order, TamaraDefaults.OrderAttributes.PaymentType);
        var instalments = await _genericAttributeService.GetAttributeAsync<int>(order, TamaraDefaults.OrderAttributes.Instalments);

        return new TamaraOrderState(
            string.IsNullOrEmpty(order.AuthorizationTransactionId) ? null : order.AuthorizationTransactionId,
            string.IsNullOrEmpty(checkoutId) ? null : checkoutId,
            Enum.TryParse<TamaraOrderStatus>(status, out var parsedStatus) ? parsedStatus : null,
            Enum.TryParse<TamaraPaymentType>(paymentType, out var parsedType) ? parsedType : null,
            instalments);
    }

    /// <summary>
    /// Records a new checkout session on the order (it replaces a previous, failed one)
    /// </summary>
    /// <param name="order">Order</param>
    /// <param name="tamaraOrderId">Tamara order_id</param>
    /// <param name="checkoutId">Tamara checkout_id</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    public async Task SaveCheckoutSessionAsync(Order order, string tamaraOrderId, string checkoutId)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentException.ThrowIfNullOrEmpty(tamaraOrderId);

        order.AuthorizationTransactionId = tamaraOrderId;
        await _orderService.UpdateOrderAsync(order);

        await _genericAttributeService.SaveAttributeAsync(order, TamaraDefaults.OrderAttributes.CheckoutId, checkoutId);
        await _genericAttributeService.SaveAttributeAsync(order, TamaraDefaults.OrderAttributes.Status, TamaraOrderStatus.New.ToString());
    }

    /// <summary>
    /// Records the Tamara status last seen and, when known, the plan the shopper took
    /// </summary>
    /// <param name="order">Order</param>
    /// <param name="status">Tamara status</param>
    /// <param name="paymentType">Payment type, when Tamara told it</param>
    /// <param name="instalments">Number of instalments, when Tamara told it</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    public async Task SaveStatusAsync(Order order, TamaraOrderStatus status, TamaraPaymentType? paymentType = null, int? instalments = null)
    {
        ArgumentNullException.ThrowIfNull(order);

        await _genericAttributeService.SaveAttributeAsync(order, TamaraDefaults.OrderAttributes.Status, status.ToString());

        if (paymentType is not null && paymentType != TamaraPaymentType.Unknown)
            await _genericAttributeService.SaveAttributeAsync(order, TamaraDefaults.OrderAttributes.PaymentType, paymentType.Value.ToString());

        if (instalments > 0)
            await _genericAttributeService.SaveAttributeAsync(order, TamaraDefaults.OrderAttributes.Instalments, instalments.Value);
    }

    /// <summary>
    /// Finds the Tamara order of a store: the order of that store whose reference Tamara gave and whose stored Tamara order_id matches
    /// </summary>
    /// <param name="storeId">Store whose keys verified the request: an order of another store is never found</param>
    /// <param name="orderReferenceId">order_reference_id as Tamara reports it</param>
    /// <param name="tamaraOrderId">Tamara order_id</param>
    /// <returns>A task whose result is the order, or null when no order of this plugin in the store carries that Tamara order</returns>
    public async Task<Order?> FindOrderAsync(int storeId, string? orderReferenceId, string? tamaraOrderId)
    {
        if (string.IsNullOrEmpty(tamaraOrderId) || !Guid.TryParse(orderReferenceId, out var orderGuid))
            return null;

        var order = await _orderService.GetOrderByGuidAsync(orderGuid);

        return TamaraOrderReader.IsTamaraOrder(order) && order.StoreId == storeId
            && string.Equals(order.AuthorizationTransactionId, tamaraOrderId, StringComparison.OrdinalIgnoreCase)
            ? order
            : null;
    }

    /// <summary>
    /// Finds, among a customer's recent Tamara orders in a store, the one that carries a Tamara order
    /// </summary>
    /// <param name="customerId">Customer identifier</param>
    /// <param name="storeId">Store identifier</param>
    /// <param name="tamaraOrderId">Tamara order_id</param>
    /// <returns>A task whose result is the order, or null when the customer has no such order</returns>
    public async Task<Order?> FindCustomerOrderAsync(int customerId, int storeId, string? tamaraOrderId)
    {
        if (string.IsNullOrEmpty(tamaraOrderId) || customerId <= 0)
            return null;

        var orders = await _orderService.SearchOrdersAsync(storeId: storeId, customerId: customerId,
            paymentMethodSystemName: TamaraDefaults.SystemName, pageSize: 50);

        return orders.FirstOrDefault(order => !order.Deleted && order.CustomerId == customerId
            && string.Equals(order.AuthorizationTransactionId, tamaraOrderId, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Adds a note, hidden from the customer, to the order
    /// </summary>
    /// <param name="order">Order</param>
    /// <param name="note">Note text (never holds a secret)</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    public async Task AddNoteAsync(Order order, string note)
    {
        ArgumentNullException.ThrowIfNull(order);

        await _orderService.InsertOrderNoteAsync(new OrderNote
        {
            OrderId = order.Id,
            Note = note,
            DisplayToCustomer = false,
            CreatedOnUtc = DateTime.UtcNow
        });
    }

    #endregion
}
