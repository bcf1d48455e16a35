using Moq;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Payments.Tamara.Api.Models;
using Nop.Plugin.Payments.Tamara.Services.Checkout;
using Nop.Plugin.Payments.Tamara.Tests.Support;
using NUnit.Framework;
using Tamara.Emulator.Control;
using Tamara.Emulator.Faults;

namespace Nop.Plugin.Payments.Tamara.Tests.Services.Checkout;

/// <summary>
/// Tamara's payment options pre-check at checkout, over HTTP against the emulator: allowed, refused, failed (open and
/// closed), cached, and single checkout through to the session Tamara receives
/// </summary>
[TestFixture]
public class TamaraPreCheckTests : EmulatorTestBase
{
    private static readonly IList<ShoppingCartItem> _cart = [new ShoppingCartItem { Id = 1, ProductId = 501, Quantity = 2 }, new ShoppingCartItem { Id = 2, ProductId = 502, Quantity = 1 }];

    private Task<TamaraOffer> OfferAsync() => Nop.CreateEligibilityService(ClientFactory).GetOfferAsync(_cart);

    [SetUp]
    public void SetUpCart()
    {
        CheckoutOrders.AddCatalog(Nop);
        Nop.CartTotal = 271m;
        Nop.Settings.EnabledPaymentTypes = ["PayByInstalments", "PayNow"];
        Nop.Settings.EnabledInstalments = [3, 4];
        Nop.Settings.EligibilityCacheMinutes = 5;
        Tamara.ChangeSettings(new EmulatorSettings(SingleCheckoutEnabled: false, NoOptionsPhoneNumbers: []));
    }

    [Test]
    public async Task Pre_check_allowing_the_shopper_offers_the_plans_with_Tamaras_labels()
    {
        var offer = await OfferAsync();

        Assert.Multiple(() =>
        {
            Assert.That(offer.IsOffered, Is.True);
            Assert.That(offer.SingleCheckout, Is.False);
            Assert.That(offer.Plans.Select(plan => offer.LabelOf(plan)?.DescriptionEn),
                Is.EqualTo(new[] { "Split in 3, interest-free", "Split in 4, interest-free", "Pay now in full" }));
        });
    }

    [Test]
    public async Task Pre_check_refusing_the_shoppers_phone_hides_Tamara()
    {
        //the billing phone is +966 56 602 7755: Tamara declines this shopper whatever the cart
        Tamara.ChangeSettings(new EmulatorSettings(NoOptionsPhoneNumbers: ["0566027755"]));

        Assert.That((await OfferAsync()).IsOffered, Is.False);
    }

    [Test]
    public async Task Pre_check_for_another_shopper_is_not_affected_by_a_refused_phone()
    {
        Tamara.ChangeSettings(new EmulatorSettings(NoOptionsPhoneNumbers: ["0501234567"]));

        Assert.That((await OfferAsync()).IsOffered, Is.True, "only the shipping address has the refused phone; the billing phone is asked");
    }

    [Test]
    public async Task Pre_check_failing_shows_Tamara_with_todays_rules_when_failing_open()
    {
        Nop.Settings.EligibilityFailOpen = true;
        Tamara.InjectFault(EmulatedEndpoint.PaymentOptionsPreCheck, FaultMode.InternalServerError, count: 10);

        var offer = await OfferAsync();

        Assert.Multiple(() =>
        {
            Assert.That(offer.Plans, Is.EqualTo(new[]
            {
                new TamaraPlan(TamaraPaymentType.PayByInstalments, 3),
                new TamaraPlan(TamaraPaymentType.PayByInstalments, 4),
                new TamaraPlan(TamaraPaymentType.PayNow, 0)
            }));
            Assert.That(offer.SingleCheckout, Is.False, "without an answer the plan step stays");
            Assert.That(offer.Labels, Is.Empty);
        });
    }

    [Test]
    public async Task Pre_check_failing_hides_Tamara_when_failing_closed()
    {
        Nop.Settings.EligibilityFailOpen = false;
        Tamara.InjectFault(EmulatedEndpoint.PaymentOptionsPreCheck, FaultMode.ServiceUnavailable, count: 10);

        Assert.That((await OfferAsync()).IsOffered, Is.False);
    }

    [Test]
    public async Task Pre_check_failure_is_logged_without_the_shoppers_phone()
    {
        Nop.Settings.EligibilityFailOpen = false;
        Tamara.InjectFault(EmulatedEndpoint.PaymentOptionsPreCheck, FaultMode.InternalServerError, count: 10);

        await OfferAsync();

        Assert.That(Nop.LogMessages, Has.Some.Contains("pre-check"));
        Assert.That(Nop.LogMessages, Has.None.Contains("566027755").And.None.Contains("6602"));
    }

    [Test]
    public async Task Pre_check_answer_is_cached_per_amount_and_phone_without_the_phone_in_the_key()
    {
        Assert.That((await OfferAsync()).IsOffered, Is.True);
        //Tamara out of reach from now on, failing closed: only a cached answer can still offer Tamara
        Nop.Settings.EligibilityFailOpen = false;
        Tamara.InjectFault(EmulatedEndpoint.PaymentOptionsPreCheck, FaultMode.InternalServerError, count: 10);

        var sameCart = await OfferAsync();
        Nop.CartTotal = 300m;
        var otherAmount = await OfferAsync();
        Nop.CartTotal = 271m;
        Nop.Addresses[1].PhoneNumber = "+966 50 111 2233";
        var otherPhone = await OfferAsync();

        Assert.Multiple(() =>
        {
            Assert.That(sameCart.IsOffered, Is.True, "the same store, country, currency, amount and phone are answered from the cache");
            Assert.That(otherAmount.IsOffered, Is.False, "another amount asks Tamara again");
            Assert.That(otherPhone.IsOffered, Is.False, "another phone asks Tamara again");
            Assert.That(Nop.StaticCacheManager.Keys.Where(key => key.Contains(".PreCheck")), Is.Not.Empty
                .And.All.Not.Contains("566027755").And.All.Not.Contains("1112233"));
        });
    }

    [Test]
    public async Task With_zero_cache_minutes_the_pre_check_is_asked_at_every_check()
    {
        Nop.Settings.EligibilityCacheMinutes = 0;
        Assert.That((await OfferAsync()).IsOffered, Is.True);

        Tamara.ChangeSettings(new EmulatorSettings(NoOptionsPhoneNumbers: ["566027755"]));

        Assert.That((await OfferAsync()).IsOffered, Is.False);
    }

    [Test]
    public async Task Arabic_shopper_sees_Tamaras_Arabic_labels_and_English_ones_the_English_labels()
    {
        var service = Nop.CreateEligibilityService(ClientFactory);
        var offer = await service.GetOfferAsync(_cart);
        var plan = new TamaraPlan(TamaraPaymentType.PayByInstalments, 4);

        var english = await service.GetPlanTextAsync(plan, offer);
        Nop.Language = new Language { Id = 2, Name = "العربية", LanguageCulture = "ar-SA" };
        var arabic = await service.GetPlanTextAsync(plan, offer);

        Assert.That((english, arabic), Is.EqualTo(("Split in 4, interest-free", "قسّمها على 4 دفعات بدون فوائد")));
    }

    [Test]
    public async Task Without_Tamaras_labels_the_plan_text_is_the_plugins_resource()
    {
        Nop.Settings.EligibilityFailOpen = true;
        Tamara.InjectFault(EmulatedEndpoint.PaymentOptionsPreCheck, FaultMode.InternalServerError, count: 10);
        Nop.Localization.Setup(localization => localization.GetResourceAsync("Plugins.Payments.Tamara.Plan.PayByInstalments")).ReturnsAsync("Pay in {0}");
        var service = Nop.CreateEligibilityService(ClientFactory);

        var text = await service.GetPlanTextAsync(new TamaraPlan(TamaraPaymentType.PayByInstalments, 3), await service.GetOfferAsync(_cart));

        Assert.That(text, Is.EqualTo("Pay in 3"));
    }

    [Test]
    public async Task Single_checkout_reported_by_Tamara_is_the_offer()
    {
        Tamara.ChangeSettings(new EmulatorSettings(SingleCheckoutEnabled: true));

        var offer = await OfferAsync();

        Assert.That((offer.IsOffered, offer.SingleCheckout), Is.EqualTo((true, true)));
    }
}
