using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Payments.Tamara.Api;
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
    /// Gets every Tamara order_id the order's checkout sessions had, oldest first; the last one is the one acted on
    /// unless an earlier one was approved
    /// </summary>
    /// <param name="order">Order</param>
    /// <returns>A task whose result is the Tamara order ids</returns>
    public async Task<IList<string>> GetTamaraOrderIdsAsync(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);

        var saved = await _genericAttributeService.GetAttributeAsync<string>(order, TamaraDefaults.OrderAttributes.TamaraOrderIds);
        var ids = (saved ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        //orders placed before the list was kept carry only the current one
        if (!string.IsNullOrEmpty(order.AuthorizationTransactionId) && !ids.Contains(order.AuthorizationTransactionId, StringComparer.OrdinalIgnoreCase))
            ids.Add(order.AuthorizationTransactionId);

        return ids;
    }

    /// <summary>
    /// Gets a value indicating whether one of the order's checkout sessions had the Tamara order
    /// </summary>
    /// <param name="order">Order</param>
    /// <param name="tamaraOrderId">Tamara order_id</param>
    /// <returns>A task whose result is the answer</returns>
    public async Task<bool> CarriesTamaraOrderAsync(Order order, string? tamaraOrderId)
    {
        if (string.IsNullOrEmpty(tamaraOrderId))
            return false;

        //the current session is the common case: the list of every session is read only for an earlier one
        return string.Equals(order.AuthorizationTransactionId, tamaraOrderId, StringComparison.OrdinalIgnoreCase)
            || (await GetTamaraOrderIdsAsync(order)).Contains(tamaraOrderId, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Chooses the checkout session to act on while the payment is not yet authorised: a shopper may complete an earlier
    /// session after a new one replaced it (Retry payment, a reloaded page). An earlier session Tamara approved becomes the
    /// one acted on, so it is authorised; a session approved once another is acted on is released by the synchroniser
    /// (authorised and cancelled at once, never captured)
    /// </summary>
    /// <param name="order">Order, read inside its lock</param>
    /// <param name="client">Tamara client of the order's store</param>
    /// <param name="tamaraOrderId">The Tamara order a notification or return named, or null to look at every earlier session</param>
    /// <returns>A task whose result is the order, acting on the chosen session</returns>
    public async Task<Order> ChooseSessionAsync(Order order, ITamaraClient client, string? tamaraOrderId)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(client);

        //once a session is authorised it stays the one: no other is ever authorised too
        if (order.PaymentStatus != PaymentStatus.Pending)
            return order;

        var current = order.AuthorizationTransactionId;
        var earlier = (await GetTamaraOrderIdsAsync(order)).Where(id => !string.Equals(id, current, StringComparison.OrdinalIgnoreCase)).Reverse().ToList();
        if (!string.IsNullOrEmpty(tamaraOrderId))
            earlier = earlier.Where(id => string.Equals(id, tamaraOrderId, StringComparison.OrdinalIgnoreCase)).ToList();
        else if (earlier.Count > 0 && (await GetStateAsync(order)).Status is not (null or TamaraOrderStatus.New or TamaraOrderStatus.Declined or TamaraOrderStatus.Expired))
            return order;

        foreach (var candidate in earlier)
        {
            TamaraOrderStatus status;
            try
            {
                status = (await client.Orders.GetAsync(candidate)).Status;
            }
            catch (TamaraException)
            {
                continue;
            }

            if (status is not (TamaraOrderStatus.Approved or TamaraOrderStatus.Authorised or TamaraOrderStatus.Updated
                or TamaraOrderStatus.PartiallyCaptured or TamaraOrderStatus.FullyCaptured))
                continue;

            order.AuthorizationTransactionId = candidate;
            await _orderService.UpdateOrderAsync(order);
            await AddNoteAsync(order, $"Tamara order {candidate} of an earlier checkout session is {status}: it replaces Tamara order {current}, which is never authorised");
            return order;
        }

        return order;
    }

    /// <summary>
    /// Records a new checkout session on the order; the Tamara order ids of the earlier sessions are kept
    /// </summary>
    /// <param name="order">Order</param>
    /// <param name="tamaraOrderId">Tamara order_id</param>
    /// <param name="checkoutId">Tamara checkout_id</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    public async Task SaveCheckoutSessionAsync(Order order, string tamaraOrderId, string checkoutId)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentException.ThrowIfNullOrEmpty(tamaraOrderId);

        var ids = await GetTamaraOrderIdsAsync(order);
        ids.Add(tamaraOrderId);
        await _genericAttributeService.SaveAttributeAsync(order, TamaraDefaults.OrderAttributes.TamaraOrderIds, string.Join(",", ids.Distinct(StringComparer.OrdinalIgnoreCase)));

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
    /// Finds the Tamara order of a store: the order of that store whose reference Tamara gave and whose sessions had the Tamara order_id
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

        return TamaraOrderReader.IsTamaraOrder(order) && order.StoreId == storeId && await CarriesTamaraOrderAsync(order, tamaraOrderId)
            ? order
            : null;
    }

    /// <summary>
    /// Finds, among a customer's recent Tamara orders in a store, the one whose sessions had a Tamara order
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

        foreach (var order in orders.Where(order => !order.Deleted && order.CustomerId == customerId))
        {
            if (await CarriesTamaraOrderAsync(order, tamaraOrderId))
                return order;
        }

        return null;
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
