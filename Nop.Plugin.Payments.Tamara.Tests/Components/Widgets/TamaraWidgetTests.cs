using Microsoft.AspNetCore.Routing;
using Moq;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Directory;
using Nop.Core.Domain.Localization;
using Nop.Plugin.Payments.Tamara.Api;
using Nop.Plugin.Payments.Tamara.Components;
using Nop.Plugin.Payments.Tamara.Models.Public;
using Nop.Plugin.Payments.Tamara.Tests.Support;
using NUnit.Framework;
using Tamara.Emulator.Control;

namespace Nop.Plugin.Payments.Tamara.Tests.Components.Widgets;

/// <summary>
/// Tamara's promotional widget on the product page, in the cart and at checkout: what it gets, and every reason it is
/// not shown, in English and Arabic, SAR and KWD (the emulator answers the payment types and their limits)
/// </summary>
[TestFixture]
public class TamaraWidgetTests : EmulatorTestBase
{
    private const string ProductZone = "product_price_bottom";
    private const string CartZone = "order_summary_content_after";

    #region Utilities

    private void UseCurrencyAndLanguage(string currency, string language)
    {
        Nop.Currency = currency == "KWD" ? new Currency { Id = 3, CurrencyCode = "KWD", Rate = 0.0817m } : new Currency { Id = 1, CurrencyCode = "SAR", Rate = 1m };
        Nop.Language = language == "ar" ? new Language { Id = 2, Name = "العربية", LanguageCulture = "ar-SA" } : new Language { Id = 1, Name = "English", LanguageCulture = "en-US" };
        //a shopper paying in dinars lives in Kuwait: Tamara refuses addresses outside the currency's country
        if (currency == "KWD")
            Nop.Customer.BillingAddressId = Nop.Customer.ShippingAddressId = 3;
    }

    private async Task<TamaraWidgetModel?> InvokeAsync(string widgetZone, int productId = 501)
    {
        var component = new TamaraWidgetViewComponent(Nop.Settings, Nop.CreateWidgetService(ClientFactory))
        {
            ViewComponentContext = ViewComponentInvoker.Context(new RouteValueDictionary { ["productid"] = productId })
        };

        return ViewComponentInvoker.ModelOf<TamaraWidgetModel>(await component.InvokeAsync(widgetZone, new object()));
    }

    private async Task<TamaraWidgetModel?> CheckoutWidgetAsync() => (await ViewComponentInvoker.PaymentInfoAsync(Nop, ClientFactory)).Widget;

    private async Task<TamaraWidgetModel?> WidgetAsync(string placement) => placement switch
    {
        "product" => await InvokeAsync(ProductZone),
        "cart" => await InvokeAsync(CartZone),
        _ => await CheckoutWidgetAsync()
    };

    #endregion

    [SetUp]
    public void SetUpStore()
    {
        CheckoutOrders.AddCatalog(Nop);
        Nop.ProductPrices[(501, string.Empty)] = 250m;
        Nop.CartTotal = 271m;
        Nop.Settings.EnabledPaymentTypes = ["PayByInstalments", "PayNow"];
        Nop.Settings.EnabledInstalments = [3, 4];
        Nop.Settings.AllowedCountries = ["SA", "AE", "KW", "BH", "OM"];
        Nop.Settings.PublicKey = "pk-test-123";
        Nop.Settings.WidgetScriptUrl = $"{Tamara.BaseUrl}/widget-v2/tamara-widget.js";
        Nop.Settings.EligibilityCacheMinutes = 5;
        Nop.Settings.ProductWidgetEnabled = true;
        Nop.Settings.ProductWidgetZone = ProductZone;
        Nop.Settings.CartWidgetEnabled = true;
        Nop.Settings.CartWidgetZone = CartZone;
        Nop.Settings.CheckoutWidgetEnabled = true;
        Nop.Settings.CheckoutWidgetZone = string.Empty;
    }

    [TestCase("product", "SAR", "en", "250.00", "SA", 2)]
    [TestCase("product", "KWD", "ar", "20.425", "KW", 2)]
    [TestCase("cart", "SAR", "ar", "271.00", "SA", 3)]
    [TestCase("cart", "KWD", "en", "22.141", "KW", 3)]
    [TestCase("checkout", "SAR", "en", "271.00", "SA", 3)]
    [TestCase("checkout", "KWD", "ar", "22.141", "KW", 3)]
    public async Task Widget_gets_the_amount_in_the_working_currency_the_language_the_country_and_the_public_key(
        string placement, string currency, string language, string amount, string country, int inlineType)
    {
        UseCurrencyAndLanguage(currency, language);

        var widget = await WidgetAsync(placement);

        Assert.That(widget, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(widget!.Placement, Is.EqualTo(placement));
            Assert.That(widget.Amount, Is.EqualTo(amount), "the product's price, or the order total, with the currency's digits");
            Assert.That(widget.Language, Is.EqualTo(language));
            Assert.That(widget.Country, Is.EqualTo(country));
            Assert.That(widget.PublicKey, Is.EqualTo("pk-test-123"));
            Assert.That(widget.InlineType, Is.EqualTo(inlineType));
            Assert.That(widget.ScriptUrl, Is.EqualTo($"{Tamara.BaseUrl}/widget-v2/tamara-widget.js"));
        });
    }

    [TestCase(TamaraEnvironment.Sandbox, "https://cdn-sandbox.tamara.co/widget-v2/tamara-widget.js")]
    [TestCase(TamaraEnvironment.Production, "https://cdn.tamara.co/widget-v2/tamara-widget.js")]
    public void Widget_script_comes_from_Tamaras_CDN_of_the_environment(TamaraEnvironment environment, string scriptUrl)
    {
        Nop.Settings.Environment = environment;

        Assert.That(global::Nop.Plugin.Payments.Tamara.Services.Widgets.TamaraWidgetService.GetScriptUrl(Nop.Settings), Is.EqualTo(scriptUrl));
    }

    [Test]
    public async Task Product_widget_opens_with_the_products_minimum_quantity()
    {
        Nop.Products[501].OrderMinimumQuantity = 2;

        Assert.That((await InvokeAsync(ProductZone))?.Amount, Is.EqualTo("500.00"), "the product page opens with 2 in the quantity box");
    }

    [Test]
    public async Task Checkout_widget_moves_to_the_chosen_zone()
    {
        Nop.Settings.CheckoutWidgetZone = "op_checkout_payment_info_top";

        var inPaymentInfo = await CheckoutWidgetAsync();
        var inZone = await InvokeAsync("op_checkout_payment_info_top");

        Assert.That(inPaymentInfo, Is.Null);
        Assert.That(inZone?.Placement, Is.EqualTo("checkout"));
    }

    [Test]
    public async Task Widget_zones_are_the_admin_panel_and_the_public_zones_switched_on()
    {
        Nop.Settings.CartWidgetEnabled = false;
        Nop.Settings.CheckoutWidgetZone = "checkout_payment_info_top";

        var zones = await Nop.CreatePaymentMethod().GetWidgetZonesAsync();

        Assert.That(zones, Is.EqualTo(new[] { "admin_order_details_block", ProductZone, "checkout_payment_info_top" }));
    }

    #region Not shown

    private static IEnumerable<TestCaseData> EveryPlacementInEnglishAndArabic()
    {
        foreach (var placement in new[] { "product", "cart", "checkout" })
        {
            yield return new TestCaseData(placement, "SAR", "en");
            yield return new TestCaseData(placement, "KWD", "ar");
        }
    }

    [TestCaseSource(nameof(EveryPlacementInEnglishAndArabic))]
    public async Task Widget_is_not_shown_when_the_plugin_is_not_configured(string placement, string currency, string language)
    {
        UseCurrencyAndLanguage(currency, language);
        Nop.Settings.ApiToken = string.Empty;

        Assert.That(await WidgetAsync(placement), Is.Null);
    }

    [TestCaseSource(nameof(EveryPlacementInEnglishAndArabic))]
    public async Task Widget_is_not_shown_without_a_public_key(string placement, string currency, string language)
    {
        UseCurrencyAndLanguage(currency, language);
        Nop.Settings.PublicKey = " ";

        Assert.That(await WidgetAsync(placement), Is.Null);
    }

    [TestCaseSource(nameof(EveryPlacementInEnglishAndArabic))]
    public async Task Widget_is_not_shown_when_its_placement_is_switched_off(string placement, string currency, string language)
    {
        UseCurrencyAndLanguage(currency, language);
        Nop.Settings.ProductWidgetEnabled = Nop.Settings.CartWidgetEnabled = Nop.Settings.CheckoutWidgetEnabled = false;

        Assert.That(await WidgetAsync(placement), Is.Null);
    }

    [TestCaseSource(nameof(EveryPlacementInEnglishAndArabic))]
    public async Task Widget_is_not_shown_for_a_currency_Tamara_does_not_take(string placement, string currency, string language)
    {
        UseCurrencyAndLanguage(currency, language);
        Nop.Currency = new Currency { Id = 9, CurrencyCode = "USD", Rate = 0.27m };

        Assert.That(await WidgetAsync(placement), Is.Null);
    }

    [TestCaseSource(nameof(EveryPlacementInEnglishAndArabic))]
    public async Task Widget_is_not_shown_when_the_currencys_country_is_not_allowed(string placement, string currency, string language)
    {
        UseCurrencyAndLanguage(currency, language);
        Nop.Settings.AllowedCountries = ["AE"];

        Assert.That(await WidgetAsync(placement), Is.Null);
    }

    [TestCaseSource(nameof(EveryPlacementInEnglishAndArabic))]
    public async Task Widget_is_not_shown_for_an_excluded_product(string placement, string currency, string language)
    {
        UseCurrencyAndLanguage(currency, language);
        Nop.Settings.ExcludedProductIds = [501];

        Assert.That(await WidgetAsync(placement), Is.Null);
    }

    [TestCaseSource(nameof(EveryPlacementInEnglishAndArabic))]
    public async Task Widget_is_not_shown_for_a_product_of_an_excluded_category(string placement, string currency, string language)
    {
        UseCurrencyAndLanguage(currency, language);
        Nop.ProductCategories[501] = [40];
        Nop.Settings.ExcludedCategoryIds = [40];

        Assert.That(await WidgetAsync(placement), Is.Null);
    }

    [TestCaseSource(nameof(EveryPlacementInEnglishAndArabic))]
    public async Task Widget_is_not_shown_for_an_amount_outside_Tamaras_limits(string placement, string currency, string language)
    {
        UseCurrencyAndLanguage(currency, language);
        Tamara.ChangeSettings(new EmulatorSettings(MinLimit: 300m, MaxLimit: 10000m));

        Assert.That(await WidgetAsync(placement), Is.Null, "250 or 271 (SAR), 20.425 or 22.141 (KWD) are below 300");
    }

    [TestCaseSource(nameof(EveryPlacementInEnglishAndArabic))]
    public async Task Widget_is_not_shown_where_Tamara_is_not_an_active_payment_method(string placement, string currency, string language)
    {
        UseCurrencyAndLanguage(currency, language);
        Nop.PaymentPlugins.Setup(manager => manager.IsPluginActiveAsync(TamaraDefaults.SystemName, It.IsAny<Customer>(), It.IsAny<int>())).ReturnsAsync(false);

        Assert.That(await WidgetAsync(placement), Is.Null);
    }

    [TestCaseSource(nameof(EveryPlacementInEnglishAndArabic))]
    public async Task Widget_is_not_shown_with_Custom_URL_and_no_script_URL(string placement, string currency, string language)
    {
        UseCurrencyAndLanguage(currency, language);
        Nop.Settings.WidgetScriptUrl = "not a url";

        Assert.That(await WidgetAsync(placement), Is.Null);
    }

    [TestCaseSource(nameof(EveryPlacementInEnglishAndArabic))]
    public async Task Widget_is_not_shown_when_Tamara_cannot_say_its_limits(string placement, string currency, string language)
    {
        UseCurrencyAndLanguage(currency, language);
        Tamara.InjectFault(global::Tamara.Emulator.Faults.EmulatedEndpoint.PaymentTypes, global::Tamara.Emulator.Faults.FaultMode.InternalServerError, count: 10);

        Assert.That(await WidgetAsync(placement), Is.Null);
    }

    [Test]
    public async Task Product_widget_is_not_shown_for_an_unknown_product()
    {
        Assert.That(await InvokeAsync(ProductZone, productId: 999), Is.Null);
    }

    #endregion
}
