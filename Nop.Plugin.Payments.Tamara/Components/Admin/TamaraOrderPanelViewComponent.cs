using Microsoft.AspNetCore.Mvc;
using Nop.Core;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Payments.Tamara.Domain;
using Nop.Plugin.Payments.Tamara.Models.Admin;
using Nop.Plugin.Payments.Tamara.Services.AfterSale;
using Nop.Plugin.Payments.Tamara.Services.Orders;
using Nop.Services.Orders;
using Nop.Services.Security;
using Nop.Web.Framework.Components;
using Nop.Web.Framework.Infrastructure;
using Nop.Web.Framework.Models;

namespace Nop.Plugin.Payments.Tamara.Components.Admin;

/// <summary>
/// Represents the view component of the Tamara panel on the admin order page
/// </summary>
public class TamaraOrderPanelViewComponent : NopViewComponent
{
    #region Fields

    private readonly AfterSaleRecordService _recordService;
    private readonly IOrderService _orderService;
    private readonly IPermissionService _permissionService;
    private readonly IWorkContext _workContext;
    private readonly TamaraOrderStateService _orderStateService;

    #endregion

    #region Ctor

    public TamaraOrderPanelViewComponent(AfterSaleRecordService recordService,
        IOrderService orderService,
        IPermissionService permissionService,
        IWorkContext workContext,
        TamaraOrderStateService orderStateService)
    {
        _recordService = recordService;
        _orderService = orderService;
        _permissionService = permissionService;
        _workContext = workContext;
        _orderStateService = orderStateService;
    }

    #endregion

    #region Methods

    /// <summary>
    /// Invoke view component
    /// </summary>
    /// <param name="widgetZone">Widget zone name</param>
    /// <param name="additionalData">The admin order model</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the view component result
    /// </returns>
    public async Task<IViewComponentResult> InvokeAsync(string widgetZone, object additionalData)
    {
        if (!widgetZone.Equals(AdminWidgetZones.OrderDetailsBlock) || additionalData is not BaseNopEntityModel orderModel)
            return Content(string.Empty);

        var order = await _orderService.GetOrderByIdAsync(orderModel.Id);
        if (!TamaraOrderReader.IsTamaraOrder(order))
            return Content(string.Empty);

        //what Tamara last said is shown from the order; "Sync now" reads it again, so the page never waits for Tamara
        var state = await _orderStateService.GetStateAsync(order);
        var balance = await _recordService.GetBalanceAsync(order);

        //nopCommerce shows vendors no order notes: the history and the queued actions' errors are order notes
        var isVendor = await _workContext.GetCurrentVendorAsync() is not null;
        List<PendingAction> pending = isVendor ? [] : await _recordService.GetPendingActionsAsync(order);
        IList<OrderNote> notes = isVendor ? [] : await _orderService.GetOrderNotesByOrderIdAsync(order.Id);

        var model = new TamaraOrderPanelModel
        {
            OrderId = order.Id,
            TamaraOrderId = order.AuthorizationTransactionId,
            Status = state.Status?.ToString(),
            PaymentType = state.PaymentType?.ToString(),
            Instalments = state.Instalments,
            Currency = balance?.Currency ?? order.CustomerCurrencyCode,
            Total = balance?.Total,
            Captured = balance?.Captured,
            Canceled = balance?.Canceled,
            Refunded = balance?.Refunded,
            AmountsReadOnUtc = balance?.ReadOnUtc,
            PendingActions = pending
                .Select(action => $"{action.Kind} queued on {action.CreatedOnUtc:u}, {action.Attempts} attempts, next {action.NextAttemptOnUtc:u}: {action.LastError}")
                .ToList(),
            History = notes
                .Where(note => note.Note.Contains("Tamara", StringComparison.OrdinalIgnoreCase))
                .OrderByDescending(note => note.CreatedOnUtc)
                .Select(note => new TamaraHistoryEntryModel(note.CreatedOnUtc, note.Note))
                .ToList(),
            ShowHistory = !isVendor,
            //vendors get no payment actions on nopCommerce's order page
            CanSync = !isVendor && await _permissionService.AuthorizeAsync(StandardPermission.Orders.ORDERS_CREATE_EDIT_DELETE)
        };

        return View("~/Plugins/Payments.Tamara/Views/Admin/_OrderPanel.cshtml", model);
    }

    #endregion
}
