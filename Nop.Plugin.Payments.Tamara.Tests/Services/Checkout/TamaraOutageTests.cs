using Microsoft.AspNetCore.Routing;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Payments.Tamara.Api.Models;
using Nop.Plugin.Payments.Tamara.Components;
using Nop.Plugin.Payments.Tamara.Models.Public;
using Nop.Plugin.Payments.Tamara.Services.Checkout;
using Nop.Plugin.Payments.Tamara.Tests.Components;
using Nop.Plugin.Payments.Tamara.Tests.Support;
using NUnit.Framework;
using Tamara.Emulator.Faults;

namespace Nop.Plugin.Payments.Tamara.Tests.Services.Checkout;

/// <summary>
/// A slow or absent Tamara never slows the store: a failed eligibility call is remembered for a minute per store and
/// call, during which pages answer by the fail-open setting without asking Tamara; the store's clock decides the minute
/// </summary>
[TestFixture]
public class TamaraOutageTests : EmulatorTestBase
{
    private const string ProductZone = "product_price_bottom";

    private static readonly IList<ShoppingCartItem> _cart = [new ShoppingCartItem { Id = 1, ProductId = 501, Quantity = 2 }, new ShoppingCartItem { Id = 2, ProductId = 502, Quantity = 1 }];

    #region Utilities

    private int PaymentTypesCalls => Nop.LogMessages.Count(message => message.StartsWith("Tamara API GET /checkout/payment-types", StringComparison.Ordinal));

    private int PreCheckCalls => Nop.LogMessages.Count(message => message.StartsWith("Tamara API POST /checkout/payment-options-pre-check", StringComparison.Ordinal));

    /// <summary>
    /// One cart page: nopCommerce asks the payment method whether to hide itself, with a service of its own request
    /// </summary>
    private Task<TamaraOffer> CartPageAsync() => Nop.CreateEligibilityService(ClientFactory).GetOfferAsync(_cart);

    /// <summary>
    /// One product page: the product widget
    /// </summary>
    private async Task<TamaraWidgetModel?> ProductPageAsync()
    {
        var component = new TamaraWidgetViewComponent(Nop.Settings, Nop.CreateWidgetService(ClientFactory))
        {
            ViewComponentContext = ViewComponentInvoker.Context(new RouteValueDictionary { ["productid"] = 501 })
        };

        return ViewComponentInvoker.ModelOf<TamaraWidgetModel>(await component.InvokeAsync(ProductZone, new object()));
    }

    private static TamaraPlan[] EnabledPlans() =>
    [
        new(TamaraPaymentType.PayByInstalments, 3),
        new(TamaraPaymentType.PayByInstalments, 4),
        new(TamaraPaymentType.PayNow, 0)
    ];

    #endregion

    [SetUp]
    public void SetUpStore()
    {
        CheckoutOrders.AddCatalog(Nop);
        Nop.CartTotal = 271m;
        Nop.ProductPrices[(501, string.Empty)] = 250m;
        Nop.Settings.EligibilityCacheMinutes = 5;
        Nop.Settings.PublicKey = "pk-test-123";
        Nop.Settings.WidgetScriptUrl = $"{Tamara.BaseUrl}/widget-v2/tamara-widget.js";
        Nop.Settings.ProductWidgetEnabled = true;
        Nop.Settings.ProductWidgetZone = ProductZone;
    }

    [Test]
    public async Task A_Tamara_that_times_out_is_asked_once_a_minute_not_at_every_page()
    {
        //held past the 3 s limit of an eligibility call: the client gives up, the store must not wait again on the next pages
        Tamara.InjectFault(EmulatedEndpoint.PaymentTypes, FaultMode.Delay, count: 10, delay: TimeSpan.FromSeconds(30));

        var firstCart = await CartPageAsync();
        var laterPages = new List<object?>();
        for (var page = 0; page < 5; page++)
        {
            laterPages.Add(await ProductPageAsync());
            laterPages.Add((await CartPageAsync()).IsOffered ? "offered" : null);
        }

        Assert.Multiple(() =>
        {
            Assert.That(Nop.LogMessages, Has.Some.StartsWith("Tamara API GET /checkout/payment-types: timed out"));
            Assert.That(PaymentTypesCalls, Is.EqualTo(1), "only the first page of the minute asks Tamara");
            Assert.That(firstCart.IsOffered, Is.False, "failing closed");
            Assert.That(laterPages, Is.All.Null, "no widget and no Tamara at checkout while Tamara does not answer");
        });
    }

    [Test]
    public async Task After_the_minute_Tamara_is_asked_again()
    {
        Tamara.InjectFault(EmulatedEndpoint.PaymentTypes, FaultMode.ServiceUnavailable, count: 10);

        await CartPageAsync();
        Nop.Clock.Advance(TimeSpan.FromSeconds(59));
        await CartPageAsync();
        await ProductPageAsync();
        var callsWithinTheMinute = PaymentTypesCalls;
        Nop.Clock.Advance(TimeSpan.FromSeconds(1));
        await CartPageAsync();
        await CartPageAsync();

        Assert.That((callsWithinTheMinute, PaymentTypesCalls), Is.EqualTo((1, 2)), "asked again once the minute is over, then remembered for another minute");
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task While_the_failure_is_remembered_the_fail_open_setting_decides(bool failOpen)
    {
        Nop.Settings.EligibilityFailOpen = failOpen;
        Tamara.InjectFault(EmulatedEndpoint.PaymentTypes, FaultMode.DropConnection, count: 10);

        var first = await CartPageAsync();
        Nop.Clock.Advance(TimeSpan.FromSeconds(30));
        var remembered = await CartPageAsync();

        var expected = failOpen ? new[] { new TamaraPlan(TamaraPaymentType.PayByInstalments, 3) } : [];
        Assert.Multiple(() =>
        {
            Assert.That(first.Plans, Is.EqualTo(expected));
            Assert.That(remembered.Plans, Is.EqualTo(expected));
            Assert.That(PaymentTypesCalls, Is.EqualTo(1));
            Assert.That(Nop.LogMessages.Count(message => message.Contains("could not be checked")), Is.EqualTo(1), "the failure is logged once, not at every page");
        });
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task A_pre_check_that_fails_is_asked_once_a_minute_and_the_fail_open_setting_decides(bool failOpen)
    {
        Nop.Settings.EligibilityFailOpen = failOpen;
        Tamara.InjectFault(EmulatedEndpoint.PaymentOptionsPreCheck, FaultMode.InternalServerError, count: 10);

        var offers = new List<TamaraOffer>();
        for (var page = 0; page < 3; page++)
        {
            //each page another amount: the pre-check's own answers are cached per amount, its failure per store
            Nop.CartTotal = 271m + page;
            offers.Add(await CartPageAsync());
        }

        Assert.Multiple(() =>
        {
            Assert.That(PreCheckCalls, Is.EqualTo(1));
            Assert.That(offers.Select(offer => offer.Plans), Is.All.EqualTo(failOpen ? EnabledPlans() : Array.Empty<TamaraPlan>()));
        });
    }

    [Test]
    public async Task A_success_after_the_minute_is_cached_as_usual()
    {
        Tamara.InjectFault(EmulatedEndpoint.PaymentTypes, FaultMode.ServiceUnavailable, count: 1);

        var failed = await CartPageAsync();
        Nop.Clock.Advance(TimeSpan.FromMinutes(1));
        var answered = await CartPageAsync();
        //Tamara out of reach again: only the cached answer can offer Tamara now
        Tamara.InjectFault(EmulatedEndpoint.PaymentTypes, FaultMode.ServiceUnavailable, count: 10);
        var fromTheCache = await CartPageAsync();

        Assert.Multiple(() =>
        {
            Assert.That(failed.IsOffered, Is.False);
            Assert.That(answered.Plans, Is.EqualTo(EnabledPlans()));
            Assert.That(fromTheCache.Plans, Is.EqualTo(EnabledPlans()));
            Assert.That(PaymentTypesCalls, Is.EqualTo(2));
            Assert.That(Nop.StaticCacheManager.LastCacheTime, Is.EqualTo(5), "the eligibility cache's own minutes");
        });
    }

    [Test]
    public async Task A_refusal_is_not_remembered_as_an_outage()
    {
        //Tamara answers, and refuses this request (401): the answer of that request, not a Tamara that cannot answer
        Nop.Settings.ApiToken = "a-token-Tamara-refuses";

        await CartPageAsync();
        await CartPageAsync();

        Assert.That(PaymentTypesCalls, Is.EqualTo(2));
    }

    [Test]
    public async Task A_failure_is_remembered_per_store()
    {
        Tamara.InjectFault(EmulatedEndpoint.PaymentTypes, FaultMode.ServiceUnavailable, count: 1);

        await CartPageAsync();
        Nop.Store.Id = 2;
        var otherStore = await CartPageAsync();

        Assert.Multiple(() =>
        {
            Assert.That(otherStore.Plans, Is.EqualTo(EnabledPlans()), "another store has its own URL and token: it asks Tamara itself");
            Assert.That(PaymentTypesCalls, Is.EqualTo(2));
        });
    }

    [Test]
    public async Task Saving_the_settings_forgets_the_failure()
    {
        Tamara.InjectFault(EmulatedEndpoint.PaymentTypes, FaultMode.ServiceUnavailable, count: 1);
        await CartPageAsync();

        //what the configuration page does on save: a corrected URL or token is tried at once
        await Nop.StaticCacheManager.RemoveByPrefixAsync(TamaraDefaults.PaymentTypesCachePrefix);

        Assert.That((await CartPageAsync()).Plans, Is.EqualTo(EnabledPlans()));
    }

    #region Once per request

    [Test]
    public async Task Payment_form_validation_and_payment_info_of_one_request_work_the_offer_out_once()
    {
        Nop.Settings.EligibilityCacheMinutes = 0;
        var form = NopStub.PlanForm("PayByInstalments-4");

        var request = Nop.CreatePaymentMethod();
        Assert.That(await request.ValidatePaymentFormAsync(form), Is.Empty);
        await request.GetPaymentInfoAsync(form);
        var (paymentTypesCalls, preCheckCalls) = (PaymentTypesCalls, PreCheckCalls);
        var nextRequest = Nop.CreatePaymentMethod();
        await nextRequest.ValidatePaymentFormAsync(form);

        Assert.That((paymentTypesCalls, preCheckCalls, PaymentTypesCalls, PreCheckCalls), Is.EqualTo((1, 1, 2, 2)),
            "one payment types call and one pre-check a request, with no eligibility cache");
    }

    [Test]
    public async Task The_payment_step_and_its_checkout_widget_work_the_offer_out_once()
    {
        Nop.Settings.EligibilityCacheMinutes = 0;
        Nop.Settings.CheckoutWidgetEnabled = true;
        Nop.Settings.CheckoutWidgetZone = string.Empty;

        var paymentInfo = await ViewComponentInvoker.PaymentInfoAsync(Nop, ClientFactory);

        Assert.Multiple(() =>
        {
            Assert.That(paymentInfo.Widget?.Amount, Is.EqualTo("271.00"), "the widget shows the amount Tamara was asked about");
            Assert.That(paymentInfo.Widget?.Country, Is.EqualTo("SA"));
            Assert.That((PaymentTypesCalls, PreCheckCalls), Is.EqualTo((1, 1)));
        });
    }

    [Test]
    public async Task A_cart_changed_within_the_request_gets_its_own_offer()
    {
        Nop.Settings.EligibilityCacheMinutes = 0;
        var service = Nop.CreateEligibilityService(ClientFactory);
        IList<ShoppingCartItem> cart = [new ShoppingCartItem { Id = 1, ProductId = 501, Quantity = 2 }];

        await service.GetOfferAsync(cart);
        await service.GetOfferAsync(cart);
        cart[0].Quantity = 3;
        Nop.CartTotal = 371m;
        var changed = await service.GetOfferAsync(cart);

        Assert.Multiple(() =>
        {
            Assert.That(PreCheckCalls, Is.EqualTo(2), "the same cart once, the changed cart once more");
            Assert.That(changed.Amount, Is.EqualTo(new Money(371m, "SAR")));
        });
    }

    #endregion
}
