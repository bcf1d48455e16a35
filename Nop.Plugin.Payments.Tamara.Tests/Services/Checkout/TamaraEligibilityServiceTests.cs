using Nop.Core.Domain.Directory;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Payments.Tamara.Api.Models;
using Nop.Plugin.Payments.Tamara.Services.Checkout;
using Nop.Plugin.Payments.Tamara.Tests.Support;
using Moq;
using NUnit.Framework;
using Tamara.Emulator.Control;
using Tamara.Emulator.Faults;

namespace Nop.Plugin.Payments.Tamara.Tests.Services.Checkout;

[TestFixture]
public class TamaraEligibilityServiceTests : EmulatorTestBase
{
    private static readonly IList<ShoppingCartItem> _cart = [new ShoppingCartItem { Id = 1, ProductId = 501, Quantity = 2 }, new ShoppingCartItem { Id = 2, ProductId = 502, Quantity = 1 }];

    private async Task<IReadOnlyList<TamaraPlan>> PlansAsync() => (await Nop.CreateEligibilityService(ClientFactory).GetOfferAsync(_cart)).Plans;

    [SetUp]
    public void SetUpCart()
    {
        CheckoutOrders.AddCatalog(Nop);
        Nop.CartTotal = 271m;
    }

    [Test]
    public async Task Eligible_cart_offers_the_enabled_plans_Tamara_has_for_the_amount()
    {
        var plans = await PlansAsync();

        Assert.That(plans, Is.EqualTo(new[]
        {
            new TamaraPlan(TamaraPaymentType.PayByInstalments, 3),
            new TamaraPlan(TamaraPaymentType.PayByInstalments, 4),
            new TamaraPlan(TamaraPaymentType.PayNow, 0)
        }), "6 instalments and pay next month are offered by Tamara but not enabled");
    }

    [Test]
    public async Task Tamara_is_hidden_when_the_plugin_is_not_configured()
    {
        Nop.Settings.ApiToken = string.Empty;

        Assert.That(await PlansAsync(), Is.Empty);
    }

    [Test]
    public async Task Tamara_is_hidden_while_the_notification_token_is_missing()
    {
        //every notification would be refused: approved orders would wait for the shopper's return or the task
        Nop.Settings.NotificationToken = " ";

        Assert.That(await PlansAsync(), Is.Empty);
    }

    [Test]
    public async Task Tamara_is_hidden_for_a_currency_of_no_Tamara_country()
    {
        Nop.Currency = new Currency { Id = 2, CurrencyCode = "USD", Rate = 0.27m };

        Assert.That(await PlansAsync(), Is.Empty);
    }

    [Test]
    public async Task Tamara_is_hidden_when_the_billing_country_is_not_allowed()
    {
        Nop.Settings.AllowedCountries = ["AE"];

        Assert.That(await PlansAsync(), Is.Empty);
    }

    [Test]
    public async Task Tamara_is_hidden_when_the_addresses_are_not_in_the_currencys_country()
    {
        Nop.Currency = new Currency { Id = 3, CurrencyCode = "KWD", Rate = 0.0817m };

        Assert.That(await PlansAsync(), Is.Empty, "a Riyadh address cannot pay in dinars");
    }

    [Test]
    public async Task Tamara_is_hidden_when_the_cart_holds_an_excluded_product()
    {
        Nop.Settings.ExcludedProductIds = [502];

        Assert.That(await PlansAsync(), Is.Empty);
    }

    [Test]
    public async Task Tamara_is_hidden_when_the_cart_holds_a_product_of_an_excluded_category()
    {
        Nop.ProductCategories[501] = [12, 40];
        Nop.Settings.ExcludedCategoryIds = [40];

        Assert.That(await PlansAsync(), Is.Empty);
    }

    [Test]
    public async Task Tamara_is_hidden_when_the_total_is_above_the_merchants_limit()
    {
        Nop.CartTotal = 10000.01m;

        Assert.That(await PlansAsync(), Is.Empty);
    }

    [Test]
    public async Task Tamara_is_hidden_when_none_of_the_enabled_plans_is_offered()
    {
        Nop.Settings.EnabledPaymentTypes = ["PayByLater"];

        Assert.That(await PlansAsync(), Is.Empty);
    }

    [Test]
    public async Task Eligibility_is_asked_once_and_cached_for_the_configured_minutes()
    {
        Nop.Settings.EligibilityCacheMinutes = 7;

        await PlansAsync();
        await PlansAsync();
        Nop.CartTotal = 500m;
        await PlansAsync();

        Assert.That(Nop.StaticCacheManager.MissedKeys.Count(key => key.StartsWith(TamaraDefaults.PaymentTypesCachePrefix + "-", StringComparison.Ordinal)), Is.EqualTo(1),
            "the plans of a country and currency do not depend on the amount");
        Assert.That(Nop.StaticCacheManager.LastCacheTime, Is.EqualTo(7));
    }

    [Test]
    public async Task With_zero_cache_minutes_a_change_at_Tamara_shows_at_the_next_check()
    {
        Nop.Settings.EligibilityCacheMinutes = 0;
        Assert.That(await PlansAsync(), Is.Not.Empty);

        Tamara.ChangeSettings(new EmulatorSettings(MaxLimit: 100m));

        Assert.That(await PlansAsync(), Is.Empty, "the cart of 271 is now above Tamara's limit");
    }

    [Test]
    public async Task Tamara_out_of_reach_shows_the_default_plan_when_failing_open()
    {
        Nop.Settings.EligibilityFailOpen = true;
        Tamara.InjectFault(EmulatedEndpoint.PaymentTypes, FaultMode.InternalServerError, count: 10);

        Assert.That(await PlansAsync(), Is.EqualTo(new[] { new TamaraPlan(TamaraPaymentType.PayByInstalments, 3) }));
    }

    [Test]
    public async Task Tamara_out_of_reach_hides_Tamara_when_failing_closed()
    {
        Nop.Settings.EligibilityFailOpen = false;
        Tamara.InjectFault(EmulatedEndpoint.PaymentTypes, FaultMode.InternalServerError, count: 10);

        Assert.That(await PlansAsync(), Is.Empty);
    }

    [Test]
    public async Task Plan_text_is_the_localized_resource_with_the_number_of_instalments()
    {
        Nop.Localization.Setup(service => service.GetResourceAsync("Plugins.Payments.Tamara.Plan.PayByInstalments")).ReturnsAsync("قسّمها على {0} دفعات بدون فوائد");

        var text = await Nop.CreateEligibilityService(ClientFactory).GetPlanTextAsync(new TamaraPlan(TamaraPaymentType.PayByInstalments, 4));

        Assert.That(text, Is.EqualTo("قسّمها على 4 دفعات بدون فوائد"));
    }
}
