using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewComponents;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Moq;
using Nop.Core.Domain.Orders;
using Nop.Core;
using Nop.Core.Domain.Payments;
using Nop.Core.Domain.Vendors;
using Nop.Plugin.Payments.Tamara.Api.Models;
using Nop.Plugin.Payments.Tamara.Components.Admin;
using Nop.Plugin.Payments.Tamara.Controllers;
using Nop.Plugin.Payments.Tamara.Models.Admin;
using Nop.Plugin.Payments.Tamara.Services.Orders;
using Nop.Plugin.Payments.Tamara.Tests.Support.AfterSale;
using Nop.Services.Messages;
using Nop.Services.Security;
using Nop.Web.Framework.Infrastructure;
using Nop.Web.Framework.Mvc.Filters;
using Nop.Web.Framework.Models;
using NUnit.Framework;

namespace Nop.Plugin.Payments.Tamara.Tests.Components.Admin;

[Category("AfterSale")]
[TestFixture]
public class OrderPanelTests
{
    private FakeBackend _backend = null!;

    [SetUp]
    public void SetUp() => _backend = new FakeBackend();

    private sealed record OrderModelStandIn : BaseNopEntityModel;

    private static IWorkContext WorkContext(Vendor? vendor = null)
    {
        var workContext = new Mock<IWorkContext>();
        workContext.Setup(context => context.GetCurrentVendorAsync()).ReturnsAsync(vendor!);
        return workContext.Object;
    }

    private static TamaraOrderPanelViewComponent Component(AfterSaleHarness harness, bool mayEdit, Vendor? vendor = null)
    {
        var permissions = new Mock<IPermissionService>();
        permissions.Setup(service => service.AuthorizeAsync(StandardPermission.Orders.ORDERS_CREATE_EDIT_DELETE)).ReturnsAsync(mayEdit);
        harness.OrderService.Setup(service => service.GetOrderNotesByOrderIdAsync(It.IsAny<int>(), It.IsAny<bool?>()))
            .ReturnsAsync((int orderId, bool? _) => harness.Notes.Where(note => note.OrderId == orderId).ToList());
        var stateService = new TamaraOrderStateService(harness.Attributes, harness.OrderService.Object);

        return new TamaraOrderPanelViewComponent(harness.Records, harness.OrderService.Object, permissions.Object, WorkContext(vendor), stateService)
        {
            ViewComponentContext = new ViewComponentContext
            {
                ViewContext = new ViewContext { ViewData = new ViewDataDictionary(new EmptyModelMetadataProvider(), new ModelStateDictionary()) }
            }
        };
    }

    [Test]
    public async Task The_panel_shows_the_Tamara_order_its_amounts_and_the_history_of_Tamara_actions()
    {
        var harness = await AfterSaleHarness.CreateAsync(_backend, AfterSaleOrder.Sar());
        await harness.ShipmentSentAsync(harness.Test.Ship(1, 1));
        harness.Notes.Add(new OrderNote { OrderId = harness.Order.Id, Note = "Order has been marked as authorized", CreatedOnUtc = DateTime.UtcNow });

        var result = await Component(harness, true).InvokeAsync(AdminWidgetZones.OrderDetailsBlock, new OrderModelStandIn { Id = harness.Order.Id });

        var model = (TamaraOrderPanelModel)((ViewViewComponentResult)result).ViewData!.Model!;
        Assert.Multiple(() =>
        {
            Assert.That(model.TamaraOrderId, Is.EqualTo(harness.Order.AuthorizationTransactionId));
            Assert.That(model.Status, Is.EqualTo(nameof(TamaraOrderStatus.PartiallyCaptured)));
            Assert.That(model.PaymentType, Is.EqualTo(nameof(TamaraPaymentType.PayByInstalments)));
            Assert.That(model.Instalments, Is.EqualTo(3));
            Assert.That(model.Captured, Is.EqualTo(103.05m));
            Assert.That(model.History.Select(entry => entry.Text), Has.All.Contains("Tamara"));
            Assert.That(model.History, Is.Not.Empty);
            Assert.That(model.ShowHistory, Is.True);
            Assert.That(model.CanSync, Is.True);
        });
    }

    [Test]
    public async Task The_panel_offers_Sync_now_only_to_who_may_edit_orders_and_stays_away_from_other_orders()
    {
        var harness = await AfterSaleHarness.CreateAsync(_backend, AfterSaleOrder.Sar());
        var component = Component(harness, false);

        var result = await component.InvokeAsync(AdminWidgetZones.OrderDetailsBlock, new OrderModelStandIn { Id = harness.Order.Id });
        harness.Order.PaymentMethodSystemName = "Payments.Manual";
        var otherOrder = await component.InvokeAsync(AdminWidgetZones.OrderDetailsBlock, new OrderModelStandIn { Id = harness.Order.Id });

        Assert.That(((TamaraOrderPanelModel)((ViewViewComponentResult)result).ViewData!.Model!).CanSync, Is.False);
        Assert.That(otherOrder, Is.InstanceOf<ContentViewComponentResult>());
    }

    [Test]
    public async Task Sync_now_reads_Tamara_brings_the_order_in_line_and_returns_to_the_order()
    {
        var order = AfterSaleOrder.Sar();
        order.Order.PaymentStatus = PaymentStatus.Pending;
        order.Order.OrderStatus = OrderStatus.Pending;
        var harness = await AfterSaleHarness.CreateAsync(_backend, order, TamaraOrderStatus.Approved);
        var controller = new TamaraOrderController(Mock.Of<INotificationService>(), harness.OrderService.Object, WorkContext(), harness.Reconciliation);

        var result = await controller.SyncNow(harness.Order.Id);

        var redirect = (RedirectToActionResult)result;
        Assert.Multiple(async () =>
        {
            Assert.That((redirect.ControllerName, redirect.ActionName, redirect.RouteValues!["id"]), Is.EqualTo(("Order", "Edit", (object)harness.Order.Id)));
            Assert.That(harness.Order.PaymentStatus, Is.EqualTo(PaymentStatus.Authorized));
            Assert.That((await harness.Records.GetBalanceAsync(harness.Order))!.Total, Is.EqualTo(185.49m));
        });
    }

    [Test]
    public async Task Vendors_get_no_Sync_now_as_they_get_no_payment_actions_on_nopCommerces_order_page()
    {
        var order = AfterSaleOrder.Sar();
        order.Order.PaymentStatus = PaymentStatus.Pending;
        order.Order.OrderStatus = OrderStatus.Pending;
        var harness = await AfterSaleHarness.CreateAsync(_backend, order, TamaraOrderStatus.Approved);
        var vendor = new Vendor { Id = 7 };
        var controller = new TamaraOrderController(Mock.Of<INotificationService>(), harness.OrderService.Object, WorkContext(vendor), harness.Reconciliation);

        var panel = await Component(harness, true, vendor).InvokeAsync(AdminWidgetZones.OrderDetailsBlock, new OrderModelStandIn { Id = harness.Order.Id });
        var result = await controller.SyncNow(harness.Order.Id);

        Assert.Multiple(async () =>
        {
            Assert.That(((TamaraOrderPanelModel)((ViewViewComponentResult)panel).ViewData!.Model!).CanSync, Is.False);
            Assert.That(((RedirectToActionResult)result).ActionName, Is.EqualTo("Edit"));
            Assert.That(harness.Order.PaymentStatus, Is.EqualTo(PaymentStatus.Pending));
            Assert.That((await harness.TamaraAsync()).Status, Is.EqualTo(TamaraOrderStatus.Approved));
        });
    }

    [Test]
    public async Task Vendors_see_no_order_notes_in_the_panel_as_nopCommerces_order_page_shows_them_none()
    {
        var harness = await AfterSaleHarness.CreateAsync(_backend, AfterSaleOrder.Sar());
        await harness.ShipmentSentAsync(harness.Test.Ship(1, 1));
        harness.Notes.Add(new OrderNote { OrderId = harness.Order.Id, Note = "Tamara: customer called about the refund, internal", CreatedOnUtc = DateTime.UtcNow });

        var result = await Component(harness, true, new Vendor { Id = 7 }).InvokeAsync(AdminWidgetZones.OrderDetailsBlock, new OrderModelStandIn { Id = harness.Order.Id });

        var model = (TamaraOrderPanelModel)((ViewViewComponentResult)result).ViewData!.Model!;
        Assert.Multiple(() =>
        {
            Assert.That(model.History, Is.Empty);
            Assert.That(model.PendingActions, Is.Empty);
            Assert.That(model.ShowHistory, Is.False);
            Assert.That(model.TamaraOrderId, Is.EqualTo(harness.Order.AuthorizationTransactionId));
        });
    }

    [Test]
    public void Sync_now_is_for_administrators_from_the_ip_addresses_the_admin_area_allows()
    {
        Assert.That(typeof(TamaraOrderController).GetCustomAttributesData().Select(attribute => attribute.AttributeType),
            Is.SupersetOf(new[] { typeof(AuthorizeAdminAttribute), typeof(ValidateIpAddressAttribute), typeof(AutoValidateAntiforgeryTokenAttribute) }));
    }
}
