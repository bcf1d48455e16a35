using Moq;
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
        TamaraSettings? saved = null;
        nop.SettingService.Setup(service => service.SaveSettingAsync(It.IsAny<TamaraSettings>(), It.IsAny<int>()))
            .Callback((TamaraSettings settings, int _) => saved = settings).Returns(Task.CompletedTask);

        await nop.CreatePaymentMethod().InstallAsync();

        Assert.That(saved, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That((saved!.ProductWidgetEnabled, saved.ProductWidgetZone), Is.EqualTo((true, "product_price_bottom")));
            Assert.That((saved.CartWidgetEnabled, saved.CartWidgetZone), Is.EqualTo((true, "order_summary_content_after")));
            Assert.That((saved.CheckoutWidgetEnabled, saved.CheckoutWidgetZone), Is.EqualTo((true, string.Empty)), "in Tamara's payment info step");
            Assert.That(saved.WidgetScriptUrl, Is.Empty);
        });
    }
}
