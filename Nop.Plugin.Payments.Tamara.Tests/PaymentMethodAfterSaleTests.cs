using System.Runtime.CompilerServices;
using Nop.Plugin.Payments.Tamara.Components.Admin;
using Nop.Web.Framework.Infrastructure;
using NUnit.Framework;

namespace Nop.Plugin.Payments.Tamara.Tests;

/// <summary>
/// What nopCommerce reads from the payment method to show the after-sale buttons and the order panel
/// </summary>
[Category("AfterSale")]
[TestFixture]
public class PaymentMethodAfterSaleTests
{
    //these members read no dependency, so the plugin is created without its constructor
    private static TamaraPaymentMethod Plugin() => (TamaraPaymentMethod)RuntimeHelpers.GetUninitializedObject(typeof(TamaraPaymentMethod));

    [Test]
    public void The_admin_shows_Capture_Refund_Partial_refund_and_Void_for_Tamara_orders()
    {
        var plugin = Plugin();

        Assert.That(new[] { plugin.SupportCapture, plugin.SupportRefund, plugin.SupportPartiallyRefund, plugin.SupportVoid }, Is.All.True);
    }

    [Test]
    public async Task The_Tamara_panel_is_a_hidden_widget_on_the_admin_order_details()
    {
        //the storefront widgets are off in a fresh stub's settings: only the admin panel's zone is left
        var plugin = new Support.NopStub().CreatePaymentMethod();

        Assert.That(await plugin.GetWidgetZonesAsync(), Is.EqualTo(new[] { AdminWidgetZones.OrderDetailsBlock }));
        Assert.That(plugin.GetWidgetViewComponent(AdminWidgetZones.OrderDetailsBlock), Is.EqualTo(typeof(TamaraOrderPanelViewComponent)));
        Assert.That(plugin.HideInWidgetList, Is.True);
    }
}
