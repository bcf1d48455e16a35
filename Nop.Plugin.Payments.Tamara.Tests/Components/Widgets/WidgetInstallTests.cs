using Nop.Plugin.Payments.Tamara.Tests.Support;
using NUnit.Framework;

namespace Nop.Plugin.Payments.Tamara.Tests.Components.Widgets;

[TestFixture]
public class WidgetInstallTests
{
    [Test]
    public async Task Install_turns_the_three_widgets_on_in_their_default_zones()
    {
        var nop = new NopStub();
        var tables = new InMemoryStoreTables(nop);

        await nop.CreatePaymentMethod().InstallAsync();

        var saved = tables.AllStoresSettings();
        Assert.Multiple(() =>
        {
            Assert.That((saved["tamarasettings.productwidgetenabled"], saved["tamarasettings.productwidgetzone"]), Is.EqualTo(("True", "product_price_bottom")));
            Assert.That((saved["tamarasettings.cartwidgetenabled"], saved["tamarasettings.cartwidgetzone"]), Is.EqualTo(("True", "order_summary_content_after")));
            Assert.That((saved["tamarasettings.checkoutwidgetenabled"], saved["tamarasettings.checkoutwidgetzone"]), Is.EqualTo(("True", string.Empty)), "in Tamara's payment info step");
            Assert.That(saved["tamarasettings.widgetscripturl"], Is.Empty);
            Assert.That(saved["widgetsettings.activewidgetsystemnames"].Split(','), Does.Contain(TamaraDefaults.SystemName));
        });
    }
}
