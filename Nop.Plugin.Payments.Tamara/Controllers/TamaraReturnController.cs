using Microsoft.AspNetCore.Mvc;
using Nop.Core;
using Nop.Core.Http;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Payments.Tamara.Api.Models;
using Nop.Plugin.Payments.Tamara.Services.Orders;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Services.Orders;
using Nop.Web.Framework.Controllers;

namespace Nop.Plugin.Payments.Tamara.Controllers;

/// <summary>
/// Where Tamara sends the shopper back. The query is never trusted: the order is the current customer's order that
/// carries the Tamara order id, and its state is what Tamara reports when read
/// </summary>
public class TamaraReturnController : BasePluginController
{
    #region Fields

    private readonly ILocalizationService _localizationService;
    private readonly INotificationService _notificationService;
    private readonly IOrderService _orderService;
    private readonly IStoreContext _storeContext;
    private readonly IWorkContext _workContext;
    private readonly TamaraOrderStateService _stateService;
    private readonly TamaraOrderSynchronizer _synchronizer;

    #endregion

    #region Ctor

    public TamaraReturnController(ILocalizationService localizationService,
        INotificationService notificationService,
        IOrderService orderService,
        IStoreContext storeContext,
        IWorkContext workContext,
        TamaraOrderStateService stateService,
        TamaraOrderSynchronizer synchronizer)
    {
        _localizationService = localizationService;
        _notificationService = notificationService;
        _orderService = orderService;
        _storeContext = storeContext;
        _workContext = workContext;
        _stateService = stateService;
        _synchronizer = synchronizer;
    }

    #endregion

    #region Utilities

    private static string GetMessageResource(string returnedTo, TamaraSyncResult result) => result.Status switch
    {
        _ when result.Outcome != TamaraSyncOutcome.Synced => "Return.Pending",
        TamaraOrderStatus.Approved => "Return.Pending",
        TamaraOrderStatus.Declined => "Return.Declined",
        TamaraOrderStatus.Expired => "Return.Expired",
        TamaraOrderStatus.Canceled => "Return.Canceled",
        _ when returnedTo == nameof(Cancel) => "Return.Canceled",
        _ when returnedTo == nameof(Failure) => "Return.Declined",
        _ => "Return.Pending"
    };

    private async Task<IActionResult> ReturnAsync(string? orderId, string returnedTo)
    {
        var customer = await _workContext.GetCurrentCustomerAsync();
        var store = await _storeContext.GetCurrentStoreAsync();
        var order = await _stateService.FindCustomerOrderAsync(customer.Id, store.Id, orderId?.Trim());
        if (order is null)
            return NotFound();

        //the notification often arrives with the shopper: wait a few seconds for it rather than answer at once
        var result = await _synchronizer.SyncAsync(order, TamaraSyncTrigger.ReturnRoute, waitForLock: true, orderId);
        order = await _orderService.GetOrderByIdAsync(order.Id) ?? order;

        if (order.PaymentStatus is PaymentStatus.Authorized or PaymentStatus.Paid)
            return RedirectToRoute(NopRouteNames.Standard.CHECKOUT_COMPLETED, new { orderId = order.Id });

        var message = await _localizationService.GetResourceAsync(TamaraDefaults.ResourcePrefix + GetMessageResource(returnedTo, result));
        _notificationService.WarningNotification(message);

        return RedirectToRoute(NopRouteNames.Standard.ORDER_DETAILS, new { orderId = order.Id });
    }

    #endregion

    #region Methods

    public Task<IActionResult> Success(string? orderId) => ReturnAsync(orderId, nameof(Success));

    public Task<IActionResult> Failure(string? orderId) => ReturnAsync(orderId, nameof(Failure));

    public Task<IActionResult> Cancel(string? orderId) => ReturnAsync(orderId, nameof(Cancel));

    #endregion
}
