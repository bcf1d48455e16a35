using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Primitives;
using Moq;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Directory;
using Nop.Plugin.Payments.Tamara.Controllers;
using Nop.Plugin.Payments.Tamara.Tests.Components.Widgets;
using Nop.Plugin.Payments.Tamara.Tests.Support;
using NUnit.Framework;
using Tamara.Emulator.Control;

namespace Nop.Plugin.Payments.Tamara.Tests.Controllers;

/// <summary>
/// The product page widget's amount after nopCommerce reprices the product: the product form's attributes and quantity
/// priced as nopCommerce does, against the emulator's limits
/// </summary>
[TestFixture]
public class TamaraWidgetControllerTests : EmulatorTestBase
{
    private const string Boots = "<Attributes><ProductAttribute ID=\"7\"><ProductAttributeValue><Value>21</Value></ProductAttributeValue></ProductAttribute></Attributes>";

    private async Task<(bool show, string? amount)> AmountAsync(Dictionary<string, StringValues> form, int productId = 501)
    {
        var controller = new TamaraWidgetController(Nop.CreateWidgetService(ClientFactory))
        {
            ControllerContext = new ControllerContext { HttpContext = new DefaultHttpContext() }
        };
        controller.Request.ContentType = "application/x-www-form-urlencoded";
        controller.Request.Form = new FormCollection(form);

        var json = (JsonResult)await controller.Amount(productId);
        var value = json.Value!;
        return ((bool)value.GetType().GetProperty("show")!.GetValue(value)!, (string?)value.GetType().GetProperty("amount")!.GetValue(value));
    }

    [SetUp]
    public void SetUpProduct()
    {
        CheckoutOrders.AddCatalog(Nop);
        Nop.Settings.PublicKey = "pk-test-123";
        Nop.Settings.WidgetScriptUrl = $"{Tamara.BaseUrl}/widget-v2/tamara-widget.js";
        Nop.Settings.ProductWidgetEnabled = true;
        Nop.Settings.ProductWidgetZone = "product_price_bottom";
        Nop.Settings.EnabledPaymentTypes = ["PayByInstalments"];
        Nop.Settings.EnabledInstalments = [3, 4];
        Nop.ProductPrices[(501, string.Empty)] = 250m;
        Nop.ProductPrices[(501, Boots)] = 280m;
        Nop.ProductAttributes.Setup(parser => parser.ParseProductAttributesAsync(It.IsAny<Product>(), It.IsAny<IFormCollection>(), It.IsAny<List<string>>()))
            .ReturnsAsync((Product _, IFormCollection form, List<string> _) => form.ContainsKey("product_attribute_7") ? Boots : string.Empty);
    }

    [Test]
    public async Task Widget_amount_follows_the_chosen_attributes_and_quantity()
    {
        var amount = await AmountAsync(new() { ["product_attribute_7"] = "21", ["addtocart_501.EnteredQuantity"] = "3" });

        Assert.That(amount, Is.EqualTo((true, "840.00")), "3 × 280.00 with the chosen size");
    }

    [Test]
    public async Task Widget_amount_is_in_the_working_currency_with_its_digits()
    {
        Nop.Currency = new Currency { Id = 3, CurrencyCode = "KWD", Rate = 0.0817m };

        var amount = await AmountAsync(new() { ["addtocart_501.EnteredQuantity"] = "2" });

        Assert.That(amount, Is.EqualTo((true, "40.850")), "2 × 250 SAR at 0.0817");
    }

    [Test]
    public async Task Widget_is_hidden_when_the_new_amount_is_above_Tamaras_limit()
    {
        Tamara.ChangeSettings(new EmulatorSettings(MaxLimit: 1000m));

        var amount = await AmountAsync(new() { ["addtocart_501.EnteredQuantity"] = "5" });

        Assert.That(amount, Is.EqualTo((false, (string?)null)), "5 × 250 = 1250 is above 1000");
    }

    [Test]
    public async Task Product_page_posts_its_form_to_the_widget_amount_route_and_reads_show_and_amount()
    {
        await using var store = await StoreHost.StartAsync(Nop);
        using var browser = store.CreateBrowser(Nop.Customer.Id);

        using var response = await browser.PostAsync("Plugins/Tamara/WidgetAmount?productId=501",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["product_attribute_7"] = "21", ["addtocart_501.EnteredQuantity"] = "2" }));
        var answer = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.That(response.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.OK));
        Assert.That((answer.GetProperty("show").GetBoolean(), answer.GetProperty("amount").GetString()), Is.EqualTo((true, "560.00")));
    }

    [Test]
    public async Task A_quantity_that_is_not_a_number_counts_as_the_minimum_quantity()
    {
        Nop.Products[501].OrderMinimumQuantity = 2;

        Assert.That(await AmountAsync(new() { ["addtocart_501.EnteredQuantity"] = "abc" }), Is.EqualTo((true, "500.00")));
    }

    [TestCaseSource(typeof(StorefrontCatalogue), nameof(StorefrontCatalogue.HiddenPriceRules))]
    public async Task Widget_amount_of_a_product_whose_price_nopCommerce_hides_is_the_answer_for_no_widget(string rule)
    {
        StorefrontCatalogue.HidePrice(Nop, rule);

        var amount = await AmountAsync(new() { ["addtocart_501.EnteredQuantity"] = "1" });

        Assert.That(amount, Is.EqualTo((false, (string?)null)));
    }

    [Test]
    public async Task Widget_amount_of_an_associated_product_is_its_own_price_on_its_grouped_products_page()
    {
        StorefrontCatalogue.AddGroupedProduct(Nop);

        var amount = await AmountAsync(new() { ["addtocart_601.EnteredQuantity"] = "2" }, StorefrontCatalogue.AssociatedProductId);

        Assert.That(amount, Is.EqualTo((true, "240.00")), "2 × 120.00");
    }

    [Test]
    public async Task Widget_amount_of_an_associated_product_of_a_hidden_grouped_product_is_the_answer_for_no_widget()
    {
        StorefrontCatalogue.AddGroupedProduct(Nop);
        StorefrontCatalogue.HidePrice(Nop, "not for the customer's roles (ACL)", StorefrontCatalogue.GroupedProductId);

        var amount = await AmountAsync(new() { ["addtocart_601.EnteredQuantity"] = "1" }, StorefrontCatalogue.AssociatedProductId);

        Assert.That(amount, Is.EqualTo((false, (string?)null)));
    }

    [Test]
    public async Task Widget_amount_route_answers_a_hidden_product_byte_for_byte_as_a_product_that_does_not_exist()
    {
        StorefrontCatalogue.HidePrice(Nop, "not for the customer's roles (ACL)");
        await using var store = await StoreHost.StartAsync(Nop);
        using var browser = store.CreateBrowser(Nop.Customer.Id);

        async Task<(System.Net.HttpStatusCode status, string body)> postAsync(int productId)
        {
            using var response = await browser.PostAsync($"Plugins/Tamara/WidgetAmount?productId={productId}",
                new FormUrlEncodedContent(new Dictionary<string, string> { [$"addtocart_{productId}.EnteredQuantity"] = "1" }));
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }

        var hidden = await postAsync(501);
        var missing = await postAsync(999);

        Assert.That(hidden, Is.EqualTo(missing));
        Assert.That(hidden.status, Is.EqualTo(System.Net.HttpStatusCode.OK));
    }
}
