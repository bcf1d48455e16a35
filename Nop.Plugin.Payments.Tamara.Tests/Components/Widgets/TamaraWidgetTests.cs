using Microsoft.AspNetCore.Routing;
using Moq;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Directory;
using Nop.Core.Domain.Localization;
using Nop.Plugin.Payments.Tamara.Api;
using Nop.Plugin.Payments.Tamara.Components;
using Nop.Plugin.Payments.Tamara.Models.Public;
using Nop.Plugin.Payments.Tamara.Tests.Support;
using Nop.Plugin.Payments.Tamara.Tests.Views;
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

    /// <summary>
    /// Renders a product page zone's widget in the page: the product model nopCommerce passes to the zone, the route's product
    /// </summary>
    private async Task<string> RenderProductPageAsync(object? additionalData = null, int? routeProductId = 501, bool javaScriptBundling = false)
    {
        var component = new TamaraWidgetViewComponent(Nop.Settings, Nop.CreateWidgetService(ClientFactory))
        {
            ViewComponentContext = ViewComponentInvoker.Context(routeProductId is int id ? new RouteValueDictionary { ["productid"] = id } : null)
        };

        return await StorefrontPage.RenderAsync(await component.InvokeAsync(ProductZone, additionalData!), javaScriptBundling);
    }

    /// <summary>
    /// Renders a grouped product's page whose zone gets the associated product's model (route: the grouped product)
    /// </summary>
    private Task<string> RenderGroupedProductPageAsync() => RenderProductPageAsync(
        new StorefrontCatalogue.ProductDetailsModel { Id = StorefrontCatalogue.AssociatedProductId }, StorefrontCatalogue.GroupedProductId);

    private static string WidgetElement(string amount) => $"<tamara-widget type=\"tamara-summary\" amount=\"{amount}\" inline-type=\"2\"></tamara-widget>";

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

    #region Page scripts

    [TestCase(false)]
    [TestCase(true)]
    public async Task Product_page_refresh_script_runs_after_jQuery(bool javaScriptBundling)
    {
        var page = await RenderProductPageAsync(javaScriptBundling: javaScriptBundling);

        var refresh = page.IndexOf("jQuery(document).on('product_attributes_changed product_quantity_changed'", StringComparison.Ordinal);
        Assert.That(refresh, Is.GreaterThan(page.IndexOf(StorefrontPage.JQueryScript, StringComparison.Ordinal)),
            "nopCommerce's layout loads jQuery in the footer; a script left in the page body runs before it");
    }

    #endregion

    #region Catalogue

    private static IEnumerable<TestCaseData> EnglishAndArabic()
    {
        yield return new TestCaseData("SAR", "en", "250.00");
        yield return new TestCaseData("KWD", "ar", "20.425");
    }

    private static IEnumerable<TestCaseData> HiddenPriceRulesInEnglishAndArabic() => StorefrontCatalogue.HiddenPriceRules
        .SelectMany(rule => new[] { new TestCaseData(rule, "SAR", "en"), new TestCaseData(rule, "KWD", "ar") });

    [TestCaseSource(nameof(EnglishAndArabic))]
    public async Task Product_page_shows_the_widget_with_the_products_price(string currency, string language, string amount)
    {
        UseCurrencyAndLanguage(currency, language);

        var page = await RenderProductPageAsync(new StorefrontCatalogue.ProductDetailsModel { Id = 501 });

        Assert.That(page, Does.Contain(WidgetElement(amount)).And.Contain("data-tamara-product-id=\"501\"").And.Contain($"\"lang\":\"{language}\""));
    }

    [TestCaseSource(nameof(HiddenPriceRulesInEnglishAndArabic))]
    public async Task Product_page_shows_no_widget_where_nopCommerce_shows_no_price(string rule, string currency, string language)
    {
        UseCurrencyAndLanguage(currency, language);
        StorefrontCatalogue.HidePrice(Nop, rule);

        var page = await RenderProductPageAsync(new StorefrontCatalogue.ProductDetailsModel { Id = 501 });

        Assert.That(page, Does.Not.Contain("tamara"), "no widget, no widget configuration, no script");
    }

    [TestCaseSource(nameof(EnglishAndArabic))]
    public async Task Unpublished_product_shows_the_widget_where_the_store_lets_customers_open_unpublished_product_pages(string currency, string language, string amount)
    {
        UseCurrencyAndLanguage(currency, language);
        Nop.Products[501].Published = false;
        Nop.CatalogSettings.AllowViewUnpublishedProductPage = true;

        Assert.That(await RenderProductPageAsync(), Does.Contain(WidgetElement(amount)), "nopCommerce shows the page and its price");
    }

    [TestCase("unpublished")]
    [TestCase("not for the customer's roles (ACL)")]
    [TestCase("mapped to other stores only")]
    [TestCase("not yet available")]
    public async Task Store_owner_previewing_a_hidden_product_page_sees_the_widget(string rule)
    {
        StorefrontCatalogue.HidePrice(Nop, rule);
        StorefrontCatalogue.ActAsStoreOwner(Nop);

        Assert.That(await RenderProductPageAsync(), Does.Contain(WidgetElement("250.00")), "nopCommerce's product page previews it for a store owner");
    }

    [Test]
    public async Task Call_for_price_product_shows_the_widget_to_a_store_owner_who_may_buy_it_for_the_customer()
    {
        Nop.Products[501].CallForPrice = true;
        Nop.OrderSettings.AllowAdminsToBuyCallForPriceProducts = true;
        Nop.WorkContext.SetupGet(context => context.OriginalCustomerIfImpersonated).Returns(new Customer { Id = 1 });

        Assert.That(await RenderProductPageAsync(), Does.Contain(WidgetElement("250.00")));
    }

    #endregion

    #region Grouped products

    private static IEnumerable<TestCaseData> AssociatedProductInEnglishAndArabic()
    {
        yield return new TestCaseData("SAR", "en", "120.00");
        yield return new TestCaseData("KWD", "ar", "9.804");
    }

    [TestCaseSource(nameof(AssociatedProductInEnglishAndArabic))]
    public async Task Grouped_product_page_shows_the_associated_products_price_from_the_zones_product_model(string currency, string language, string amount)
    {
        UseCurrencyAndLanguage(currency, language);
        StorefrontCatalogue.AddGroupedProduct(Nop);

        var page = await RenderGroupedProductPageAsync();

        Assert.That(page, Does.Contain(WidgetElement(amount)).And.Contain("data-tamara-product-id=\"601\"").And.Contain("productId=601"),
            "the associated product's price, and its amount asked again for it; the route names the grouped product");
    }

    [TestCase(null)]
    [TestCase("not a product model")]
    public async Task Widget_without_a_product_model_takes_the_product_of_the_route(object? additionalData)
    {
        Assert.That(await RenderProductPageAsync(additionalData), Does.Contain(WidgetElement("250.00")).And.Contain("data-tamara-product-id=\"501\""));
    }

    [Test]
    public async Task Product_widget_shows_only_on_a_product_page_whatever_model_the_zone_gets()
    {
        Nop.Settings.ProductWidgetZone = "categorydetails_top";

        var page = await RenderProductPageAsync(new StorefrontCatalogue.ProductDetailsModel { Id = 501 }, routeProductId: null);

        Assert.That(page, Does.Not.Contain("tamara"), "a zone of another page passes its own model, whose id is no product's");
    }

    private static IEnumerable<TestCaseData> HiddenAssociatedProducts()
    {
        foreach (var rule in new[] { "unpublished", "not for the customer's roles (ACL)", "mapped to other stores only", "not yet available", "call for price" })
            yield return new TestCaseData(rule, StorefrontCatalogue.AssociatedProductId).SetArgDisplayNames($"associated product {rule}");
        foreach (var rule in new[] { "unpublished", "deleted", "not for the customer's roles (ACL)", "mapped to other stores only", "no longer available" })
            yield return new TestCaseData(rule, StorefrontCatalogue.GroupedProductId).SetArgDisplayNames($"grouped product {rule}");
    }

    [TestCaseSource(nameof(HiddenAssociatedProducts))]
    public async Task Associated_product_shows_no_widget_where_its_grouped_products_page_does_not_list_its_price(string rule, int hiddenProductId)
    {
        StorefrontCatalogue.AddGroupedProduct(Nop);
        StorefrontCatalogue.HidePrice(Nop, rule, hiddenProductId);

        var page = await RenderGroupedProductPageAsync();

        Assert.That(page, Does.Not.Contain("tamara"));
    }

    [Test]
    public async Task Associated_product_unpublished_shows_no_widget_even_where_unpublished_product_pages_open()
    {
        StorefrontCatalogue.AddGroupedProduct(Nop);
        Nop.Products[StorefrontCatalogue.AssociatedProductId].Published = false;
        Nop.CatalogSettings.AllowViewUnpublishedProductPage = true;
        StorefrontCatalogue.ActAsStoreOwner(Nop);

        var page = await RenderGroupedProductPageAsync();

        Assert.That(page, Does.Not.Contain("tamara"), "a grouped product's page lists only its published associated products");
    }

    [Test]
    public async Task Product_not_visible_individually_of_a_parent_that_is_not_grouped_shows_no_widget()
    {
        StorefrontCatalogue.AddGroupedProduct(Nop);
        Nop.Products[StorefrontCatalogue.GroupedProductId].ProductType = ProductType.SimpleProduct;

        var page = await RenderGroupedProductPageAsync();

        Assert.That(page, Does.Not.Contain("tamara"));
    }

    #endregion
}