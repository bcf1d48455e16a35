using System.Diagnostics.CodeAnalysis;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Payments.Tamara.Api;
using Nop.Plugin.Payments.Tamara.Api.Models;
using Nop.Plugin.Payments.Tamara.Domain;
using Nop.Plugin.Payments.Tamara.Services.AfterSale;
using Nop.Services.Orders;

namespace Nop.Plugin.Payments.Tamara.Services.Orders;

/// <summary>
/// Reads a Tamara order before any money moves and keeps its status and amounts on the nopCommerce order
/// </summary>
public class TamaraOrderReader
{
    #region Fields

    private readonly AfterSaleRecordService _recordService;
    private readonly IOrderService _orderService;
    private readonly TamaraClientProvider _clientProvider;
    private readonly TamaraOrderStateService _orderStateService;
    private readonly TamaraRequestTimeLimit _timeLimit;

    #endregion

    #region Ctor

    public TamaraOrderReader(AfterSaleRecordService recordService,
        IOrderService orderService,
        TamaraClientProvider clientProvider,
        TamaraOrderStateService orderStateService,
        TamaraRequestTimeLimit timeLimit)
    {
        _recordService = recordService;
        _orderService = orderService;
        _clientProvider = clientProvider;
        _orderStateService = orderStateService;
        _timeLimit = timeLimit;
    }

    #endregion

    #region Utilities

    /// <summary>
    /// Gets the balance of a Tamara order
    /// </summary>
    private static TamaraBalance ToBalance(OrderDetails details, string currencyCode)
    {
        return new TamaraBalance
        {
            Currency = details.TotalAmount?.Currency ?? currencyCode,
            Total = details.TotalAmount?.Amount ?? 0,
            Captured = details.CapturedAmount?.Amount ?? 0,
            Canceled = details.CanceledAmount?.Amount ?? 0,
            Refunded = details.RefundedAmount?.Amount ?? 0,
            ReadOnUtc = DateTime.UtcNow
        };
    }

    #endregion

    #region Methods

    /// <summary>
    /// Gets a value indicating whether the order was paid with Tamara and has a Tamara order
    /// </summary>
    public static bool IsTamaraOrder([NotNullWhen(true)] Order? order)
    {
        return HasTamaraOrder(order) && !order.Deleted;
    }

    /// <summary>
    /// Gets a value indicating whether the order, deleted or not, was paid with Tamara and has a Tamara order
    /// </summary>
    public static bool HasTamaraOrder([NotNullWhen(true)] Order? order)
    {
        return order is not null &&
            string.Equals(order.PaymentMethodSystemName, TamaraDefaults.SystemName, StringComparison.OrdinalIgnoreCase) &&
            !string.IsNullOrEmpty(order.AuthorizationTransactionId);
    }

    /// <summary>
    /// Gets a value indicating whether Tamara holds an authorised amount on the order that it can still capture or cancel
    /// </summary>
    public static bool IsAuthorised(TamaraOrderStatus? status)
    {
        return status is TamaraOrderStatus.Authorised or TamaraOrderStatus.PartiallyCaptured or TamaraOrderStatus.Updated;
    }

    /// <summary>
    /// Gets a value indicating whether Tamara has not authorised the order yet but still may: the shopper has not
    /// finished, Tamara approved it, holds it for review, or the last answer was lost (never read counts too)
    /// </summary>
    public static bool AwaitsAuthorisation(TamaraOrderStatus? status)
    {
        return status is null or TamaraOrderStatus.New or TamaraOrderStatus.Approved or TamaraOrderStatus.OnHold or TamaraOrderStatus.Unknown;
    }

    /// <summary>
    /// Gets a value indicating whether Tamara can no longer authorise, capture or cancel anything on the order
    /// </summary>
    public static bool IsFinal(TamaraOrderStatus? status)
    {
        return status is TamaraOrderStatus.Declined or TamaraOrderStatus.Expired or TamaraOrderStatus.Canceled
            or TamaraOrderStatus.FullyCaptured or TamaraOrderStatus.FullyRefunded;
    }

    /// <summary>
    /// Gets the Tamara API client of the order's store, with the short time limit inside an admin's request
    /// </summary>
    /// <exception cref="Retries.TamaraRetryLaterException">Tamara was too slow earlier in this admin's request</exception>
    public async Task<ITamaraClient> GetClientAsync(Order order)
    {
        _timeLimit.ThrowIfTamaraTooSlow();

        return _clientProvider.CreateClient(await _clientProvider.LoadSettingsAsync(order.StoreId), _timeLimit.IsActive ? _timeLimit.CallTimeout : null);
    }

    /// <summary>
    /// Reads the Tamara order, then records its status and amounts on the nopCommerce order
    /// </summary>
    /// <returns>Tamara's order and its balance</returns>
    /// <exception cref="TamaraException">Tamara could not be read</exception>
    public async Task<(OrderDetails Details, TamaraBalance Balance)> ReadAsync(Order order)
    {
        var client = await GetClientAsync(order);
        var details = await client.Orders.GetAsync(order.AuthorizationTransactionId);
        var balance = ToBalance(details, order.CustomerCurrencyCode);

        await _orderStateService.SaveStatusAsync(order, details.Status, details.PaymentType, details.Instalments);
        await _recordService.SaveBalanceAsync(order, balance);

        return (details, balance);
    }

    /// <summary>
    /// Gets the amounts of the whole order, line by line in the customer's currency, as the checkout session sent them
    /// </summary>
    public async Task<CaptureAmounts> GetOrderAmountsAsync(Order order)
    {
        return CaptureAllocator.FromOrder(TamaraAmountCalculator.Calculate(order, await _orderService.GetOrderItemsAsync(order.Id)));
    }

    #endregion
}
