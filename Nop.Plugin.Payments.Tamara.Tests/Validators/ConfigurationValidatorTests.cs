using Nop.Plugin.Payments.Tamara.Api;
using Nop.Plugin.Payments.Tamara.Models.Admin;
using Nop.Plugin.Payments.Tamara.Validators;
using NUnit.Framework;

namespace Nop.Plugin.Payments.Tamara.Tests.Validators;

[TestFixture]
public class ConfigurationValidatorTests
{
    private static ConfigurationModel ValidModel() => new()
    {
        EnvironmentId = (int)TamaraEnvironment.Sandbox,
        ApiToken = "eyJhbGciOiJSUzI1NiJ9.payload.signature",
        NotificationToken = "notification-secret",
        EnabledPaymentTypes = ["PayByInstalments", "PayNow"],
        EnabledInstalments = "3, 4",
        AllowedCountries = "SA, AE",
        ExcludedProductIds = "12, 40",
        ExcludedCategoryIds = "",
        EligibilityCacheMinutes = 5,
        CheckoutExpiryMinutes = 30,
        CaptureTriggerId = 0,
        WarnUncapturedAfterDays = 14
    };

    private static IEnumerable<string> Problems(ConfigurationModel model, TamaraSettings? saved = null) =>
        ConfigurationValidator.Validate(model, saved ?? new TamaraSettings()).Select(error => error.ResourceName);

    [Test]
    public void Complete_form_is_valid()
    {
        Assert.That(Problems(ValidModel()), Is.Empty);
    }

    [Test]
    public void Custom_environment_needs_an_absolute_http_url()
    {
        var model = ValidModel() with { EnvironmentId = (int)TamaraEnvironment.Custom, CustomApiUrl = "127.0.0.1:5080" };

        Assert.That(Problems(model), Is.EqualTo(new[] { "Plugins.Payments.Tamara.Fields.CustomApiUrl.Invalid" }));
        Assert.That(Problems(model with { CustomApiUrl = "http://127.0.0.1:5080" }), Is.Empty);
    }

    [Test]
    public void Tokens_are_required_until_one_is_saved_and_an_empty_field_keeps_the_saved_one()
    {
        var model = ValidModel() with { ApiToken = "", NotificationToken = " " };

        Assert.That(Problems(model), Is.EquivalentTo(new[] { "Plugins.Payments.Tamara.Fields.ApiToken.Required", "Plugins.Payments.Tamara.Fields.NotificationToken.Required" }));
        Assert.That(Problems(model, new TamaraSettings { ApiToken = "saved", NotificationToken = "saved" }), Is.Empty);
    }

    [Test]
    public void At_least_one_known_payment_type_is_required()
    {
        Assert.That(Problems(ValidModel() with { EnabledPaymentTypes = [] }), Is.EqualTo(new[] { "Plugins.Payments.Tamara.Fields.EnabledPaymentTypes.Invalid" }));
        Assert.That(Problems(ValidModel() with { EnabledPaymentTypes = ["PAY_SOMEHOW"] }), Is.EqualTo(new[] { "Plugins.Payments.Tamara.Fields.EnabledPaymentTypes.Invalid" }));
    }

    [TestCase("three")]
    [TestCase("1")]
    [TestCase("25")]
    [TestCase("")]
    public void Instalments_are_whole_numbers_from_2_to_24_and_needed_with_instalments(string instalments)
    {
        Assert.That(Problems(ValidModel() with { EnabledInstalments = instalments }), Is.EqualTo(new[] { "Plugins.Payments.Tamara.Fields.EnabledInstalments.Invalid" }));
    }

    [Test]
    public void Allowed_countries_must_be_Tamara_countries()
    {
        Assert.That(Problems(ValidModel() with { AllowedCountries = "SA, EG" }), Is.EqualTo(new[] { "Plugins.Payments.Tamara.Fields.AllowedCountries.Invalid" }));
        Assert.That(Problems(ValidModel() with { AllowedCountries = "" }), Is.EqualTo(new[] { "Plugins.Payments.Tamara.Fields.AllowedCountries.Invalid" }));
    }

    [Test]
    public void Excluded_ids_must_be_positive_whole_numbers()
    {
        Assert.That(Problems(ValidModel() with { ExcludedProductIds = "12, boots" }), Is.EqualTo(new[] { "Plugins.Payments.Tamara.Fields.ExcludedProductIds.Invalid" }));
        Assert.That(Problems(ValidModel() with { ExcludedCategoryIds = "-4" }), Is.EqualTo(new[] { "Plugins.Payments.Tamara.Fields.ExcludedCategoryIds.Invalid" }));
    }

    [Test]
    public void Numbers_out_of_range_are_refused()
    {
        var model = ValidModel() with { EligibilityCacheMinutes = 61, CheckoutExpiryMinutes = -1, AdditionalFee = -0.01m, WarnUncapturedAfterDays = 21, CaptureTriggerId = 9 };

        Assert.That(Problems(model), Is.EquivalentTo(new[]
        {
            "Plugins.Payments.Tamara.Fields.EligibilityCacheMinutes.Invalid",
            "Plugins.Payments.Tamara.Fields.CheckoutExpiryMinutes.Invalid",
            "Plugins.Payments.Tamara.Fields.AdditionalFee.Invalid",
            "Plugins.Payments.Tamara.Fields.WarnUncapturedAfterDays.Invalid",
            "Plugins.Payments.Tamara.Fields.CaptureTriggerId.Invalid"
        }));
    }

    [TestCase(0, true)]
    [TestCase(4, false)]
    [TestCase(5, true)]
    [TestCase(1440, true)]
    [TestCase(1441, false)]
    public void Checkout_expiry_is_tamaras_default_or_five_minutes_to_a_day(int minutes, bool accepted)
    {
        Assert.That(Problems(ValidModel() with { CheckoutExpiryMinutes = minutes }),
            accepted ? Is.Empty : Is.EqualTo(new[] { "Plugins.Payments.Tamara.Fields.CheckoutExpiryMinutes.Invalid" }));
    }

    [Test]
    public void Lists_are_read_whatever_the_separators()
    {
        Assert.That(ConfigurationValidator.ParseIntegers(" 3;4 ,6,, 4"), Is.EqualTo(new[] { 3, 4, 6 }));
        Assert.That(ConfigurationValidator.ParseCodes("sa; ae ,SA"), Is.EqualTo(new[] { "SA", "AE" }));
    }

    private static ConfigurationModel WithWidgets() => ValidModel() with
    {
        ProductWidgetEnabled = true,
        ProductWidgetZone = "product_price_bottom",
        CartWidgetEnabled = true,
        CartWidgetZone = "order_summary_content_after",
        CheckoutWidgetEnabled = true,
        CheckoutWidgetZone = "",
        WidgetScriptUrl = "http://127.0.0.1:5080/widget-v2/tamara-widget.js"
    };

    [Test]
    public void Widget_settings_with_the_default_zones_and_an_empty_checkout_zone_are_valid()
    {
        Assert.That(Problems(WithWidgets()), Is.Empty);
    }

    [Test]
    public void Widget_script_url_must_be_an_absolute_http_url_when_given()
    {
        Assert.That(Problems(WithWidgets() with { WidgetScriptUrl = "cdn/tamara.js" }), Is.EqualTo(new[] { "Plugins.Payments.Tamara.Fields.WidgetScriptUrl.Invalid" }));
        Assert.That(Problems(WithWidgets() with { WidgetScriptUrl = "" }), Is.Empty);
    }

    [Test]
    public void A_product_or_cart_widget_that_is_on_needs_a_zone()
    {
        Assert.That(Problems(WithWidgets() with { ProductWidgetZone = " ", CartWidgetZone = "" }), Is.EqualTo(new[]
        {
            "Plugins.Payments.Tamara.Fields.ProductWidgetZone.Required",
            "Plugins.Payments.Tamara.Fields.CartWidgetZone.Required"
        }));
        Assert.That(Problems(WithWidgets() with { ProductWidgetEnabled = false, ProductWidgetZone = "", CartWidgetEnabled = false, CartWidgetZone = "" }), Is.Empty);
    }
}
