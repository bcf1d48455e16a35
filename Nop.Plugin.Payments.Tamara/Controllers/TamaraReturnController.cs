using Microsoft.AspNetCore.Mvc;
using Nop.Core;
using Nop.Core.Http;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Payments.Tamara.Api.Models;
using Nop.Plugin.Payments.Tamara.Models.Public;
using Nop.Plugin.Payments.Tamara.Services.Orders;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Services.Orders;
using Nop.Web.Framework.Controllers;

namespace Nop.Plugin.Payments.Tamara.Controllers;

/// <summary>
/// Where Tamara sends the shopper back. The query is never trusted: the order is the current customer's order whose
/// sessions had the Tamara order id, and its state is what Tamara reports when read. Anyone else gets a page that tells
/// nothing about the order
/// </summary>
public class TamaraReturnController : BasePluginController
{
    #region Fields

    private const string CONFIRMING_VIEW_PATH = "~/Plugins/Payments.Tamara/Views/Public/PaymentConfirming.cshtml";

    private readonly ILocalizationService _localizationService;
    private readonly INotificationService _notificationService;
    private readonly IOrderService _orderService;
    private readonly IStoreContext _storeContext;
    private readonly IWorkContext _workContext;
    private readonly TamaraOrderLocator _orderLocator;
    private readonly TamaraOrderStateService _stateService;
    private readonly TamaraOrderSynchronizer _synchronizer;

    #endregion

    #region Ctor

    public TamaraReturnController(ILocalizationService localizationService,
        INotificationService notificationService,
        IOrderService orderService,
        IStoreContext storeContext,
        IWorkContext workContext,
        TamaraOrderLocator orderLocator,
        TamaraOrderStateService stateService,
        TamaraOrderSynchronizer synchronizer)
    {
        _localizationService = localizationService;
        _notificationService = notificationService;
        _orderService = orderService;
        _storeContext = storeContext;
        _workContext = workContext;
        _orderLocator = orderLocator;
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

    /// <summary>
    /// Answers a return that is not the current customer's: a shopper back in another browser (an in-app browser, the
    /// phone's browser after paying in Tamara's app) has no session here. The order is brought in line all the same when
    /// the Tamara order id is one of this store's, and the page is the same whatever the id, so it tells nothing
    /// </summary>
    private async Task<IActionResult> ShowConfirmingAsync(int storeId, string? tamaraOrderId)
    {
        //Tamara order ids are UUIDs: anything else is not looked up at Tamara
        if (Guid.TryParse(tamaraOrderId, out _) && await _orderLocator.FindAsync(storeId, tamaraOrderId) is { } order)
            await _synchronizer.SyncAsync(order, TamaraSyncTrigger.ReturnRoute, tamaraOrderId: tamaraOrderId);

        return View(CONFIRMING_VIEW_PATH, new PaymentConfirmingModel { OrdersUrl = Url.RouteUrl(NopRouteNames.General.CUSTOMER_ORDERS) });
    }

    private async Task<IActionResult> ReturnAsync(string? orderId, string returnedTo)
    {
        var tamaraOrderId = orderId?.Trim();
        var customer = await _workContext.GetCurrentCustomerAsync();
        var store = await _storeContext.GetCurrentStoreAsync();
        var order = await _stateService.FindCustomerOrderAsync(customer.Id, store.Id, tamaraOrderId);
        if (order is null)
            return await ShowConfirmingAsync(store.Id, tamaraOrderId);

        //the notification often arrives with the shopper: wait a few seconds for it rather than answer at once
        var result = await _synchronizer.SyncAsync(order, TamaraSyncTrigger.ReturnRoute, waitForLock: true, tamaraOrderId);
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
