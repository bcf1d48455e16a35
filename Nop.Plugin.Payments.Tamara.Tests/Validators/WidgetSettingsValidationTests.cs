using Nop.Plugin.Payments.Tamara.Api;
using Nop.Plugin.Payments.Tamara.Models.Admin;
using Nop.Plugin.Payments.Tamara.Validators;
using NUnit.Framework;

namespace Nop.Plugin.Payments.Tamara.Tests.Validators;

[TestFixture]
public class WidgetSettingsValidationTests
{
    private static ConfigurationModel ValidModel() => new()
    {
        EnvironmentId = (int)TamaraEnvironment.Custom,
        CustomApiUrl = "http://127.0.0.1:5080",
        ApiToken = "token",
        NotificationToken = "notification-secret",
        EnabledPaymentTypes = ["PayNow"],
        EnabledInstalments = "",
        AllowedCountries = "SA",
        ExcludedProductIds = "",
        ExcludedCategoryIds = "",
        EligibilityCacheMinutes = 5,
        CheckoutExpiryMinutes = 30,
        WarnUncapturedAfterDays = 14,
        ProductWidgetEnabled = true,
        ProductWidgetZone = "product_price_bottom",
        CartWidgetEnabled = true,
        CartWidgetZone = "order_summary_content_after",
        CheckoutWidgetEnabled = true,
        CheckoutWidgetZone = "",
        WidgetScriptUrl = "http://127.0.0.1:5080/widget-v2/tamara-widget.js"
    };

    private static IEnumerable<string> Problems(ConfigurationModel model) =>
        ConfigurationValidator.Validate(model, new TamaraSettings()).Select(error => error.ResourceName);

    [Test]
    public void Widget_settings_with_the_default_zones_and_an_empty_checkout_zone_are_valid()
    {
        Assert.That(Problems(ValidModel()), Is.Empty);
    }

    [Test]
    public void Widget_script_url_must_be_an_absolute_http_url_when_given()
    {
        Assert.That(Problems(ValidModel() with { WidgetScriptUrl = "cdn/tamara.js" }), Is.EqualTo(new[] { "Plugins.Payments.Tamara.Fields.WidgetScriptUrl.Invalid" }));
        Assert.That(Problems(ValidModel() with { WidgetScriptUrl = "" }), Is.Empty);
    }

    [Test]
    public void A_product_or_cart_widget_that_is_on_needs_a_zone()
    {
        Assert.That(Problems(ValidModel() with { ProductWidgetZone = " ", CartWidgetZone = "" }), Is.EqualTo(new[]
        {
            "Plugins.Payments.Tamara.Fields.ProductWidgetZone.Required",
            "Plugins.Payments.Tamara.Fields.CartWidgetZone.Required"
        }));
        Assert.That(Problems(ValidModel() with { ProductWidgetEnabled = false, ProductWidgetZone = "", CartWidgetEnabled = false, CartWidgetZone = "" }), Is.Empty);
    }
}
