using Microsoft.AspNetCore.Mvc;
using Nop.Core;
using Nop.Plugin.Payments.Tamara.Api;
using Nop.Plugin.Payments.Tamara.Services;
using Nop.Plugin.Payments.Tamara.Services.Orders;
using Nop.Plugin.Payments.Tamara.Services.Reconciliation;
using Nop.Services.Messages;
using Nop.Services.Orders;
using Nop.Services.Security;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Payments.Tamara.Controllers;

/// <summary>
/// The "Sync now" button of the Tamara panel on the admin order page
/// </summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[ValidateIpAddress]
[AutoValidateAntiforgeryToken]
public class TamaraOrderController : BasePluginController
{
    #region Fields

    private readonly INotificationService _notificationService;
    private readonly IOrderService _orderService;
    private readonly IWorkContext _workContext;
    private readonly ReconciliationService _reconciliationService;

    #endregion

    #region Ctor

    public TamaraOrderController(INotificationService notificationService,
        IOrderService orderService,
        IWorkContext workContext,
        ReconciliationService reconciliationService)
    {
        _notificationService = notificationService;
        _orderService = orderService;
        _workContext = workContext;
        _reconciliationService = reconciliationService;
    }

    #endregion

    #region Methods

    /// <summary>
    /// Reconciles the order now, as the reconciliation task would: reads Tamara, brings the order in line, retries the queued actions that are due
    /// </summary>
    /// <param name="orderId">nopCommerce order identifier</param>
    [HttpPost]
    [CheckPermission(StandardPermission.Orders.ORDERS_CREATE_EDIT_DELETE)]
    public async Task<IActionResult> SyncNow(int orderId)
    {
        var order = await _orderService.GetOrderByIdAsync(orderId);
        if (!TamaraOrderReader.IsTamaraOrder(order))
            return RedirectToAction("List", "Order");

        //a vendor does not have access to payment actions, as on nopCommerce's own order page
        if (await _workContext.GetCurrentVendorAsync() is not null)
            return RedirectToAction("Edit", "Order", new { id = orderId });

        TamaraSyncResult result;
        try
        {
            result = await _reconciliationService.ReconcileOrderAsync(order, TamaraSyncTrigger.Manual);
        }
        catch (TamaraException exception)
        {
            _notificationService.ErrorNotification($"Tamara could not be read: {TamaraFailure.Describe(exception)}");
            return RedirectToAction("Edit", "Order", new { id = orderId });
        }

        if (result.Outcome == TamaraSyncOutcome.Synced)
            _notificationService.SuccessNotification($"Tamara order synchronised: {result.Status}");
        else
            _notificationService.WarningNotification($"Tamara order not synchronised: {result.Outcome}");

        return RedirectToAction("Edit", "Order", new { id = orderId });
    }

    #endregion
}
