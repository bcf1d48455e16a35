using Microsoft.AspNetCore.Http;
using Nop.Plugin.Payments.Tamara.Tests.Support;
using NUnit.Framework;

namespace Nop.Plugin.Payments.Tamara.Tests;

/// <summary>
/// The plan the shopper submits at the payment info step is checked against the plans offered for the cart
/// </summary>
[TestFixture]
public class PaymentFormValidationTests : EmulatorTestBase
{
    private TamaraPaymentMethod CreatePaymentMethod() => Nop.CreatePaymentMethod();

    private static IFormCollection Form(string plan) => NopStub.PlanForm(plan);

    [SetUp]
    public void PutAnEligibleCart()
    {
        CheckoutOrders.AddCatalog(Nop);
        Nop.CartTotal = 271m;
    }

    [Test]
    public async Task A_plan_offered_for_the_cart_is_accepted()
    {
        var errors = await CreatePaymentMethod().ValidatePaymentFormAsync(Form("PayByInstalments-4"));

        Assert.That(errors, Is.Empty);
    }

    [Test]
    public async Task A_well_formed_plan_the_store_does_not_offer_is_refused_with_a_clear_message()
    {
        Nop.Settings.EnabledInstalments = [3];

        var errors = await CreatePaymentMethod().ValidatePaymentFormAsync(Form("PayByInstalments-4"));

        Assert.That(errors, Is.EqualTo(new[] { "Plugins.Payments.Tamara.PaymentInfo.PlanNotOffered" }));
    }

    [Test]
    public async Task A_plan_chosen_when_Tamara_is_no_longer_offered_for_the_cart_is_refused()
    {
        Nop.Settings.ExcludedProductIds = [501];

        var errors = await CreatePaymentMethod().ValidatePaymentFormAsync(Form("PayNow"));

        Assert.That(errors, Is.EqualTo(new[] { "Plugins.Payments.Tamara.PaymentInfo.PlanNotOffered" }));
    }
}
