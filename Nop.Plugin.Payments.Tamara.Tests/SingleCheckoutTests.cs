using Microsoft.AspNetCore.Http;
using Nop.Plugin.Payments.Tamara.Tests.Components;
using Nop.Plugin.Payments.Tamara.Tests.Support;
using NUnit.Framework;
using Tamara.Emulator.Control;

namespace Nop.Plugin.Payments.Tamara.Tests;

/// <summary>
/// Single checkout from the payment info step to the session Tamara receives, against the emulator: on, one Tamara
/// method and the plan chosen on Tamara's page; off, the plan step and the chosen plan in the session
/// </summary>
[TestFixture]
public class SingleCheckoutTests : EmulatorTestBase
{
    //places the order as nopCommerce does: the payment info's custom values kept on the order, then the redirect to Tamara
    private async Task<global::Tamara.Emulator.Orders.OrderView> PlaceOrderAsync(IFormCollection form)
    {
        var paymentMethod = Nop.CreatePaymentMethod();
        Assert.That(await paymentMethod.ValidatePaymentFormAsync(form), Is.Empty);
        var request = await paymentMethod.GetPaymentInfoAsync(form);
        var order = CheckoutOrders.AddSarOrder(Nop);
        order.CustomValuesXml = "<DictionarySerializer>" + string.Concat(request.CustomValues.Select(value =>
            $"<item><key>{value.Name}</key><value>{value.Value}</value><displayToCustomer>false</displayToCustomer><location>2</location><createdOn>0</createdOn></item>")) + "</DictionarySerializer>";
        Nop.AddOrder(order);

        var result = await Nop.CreateCheckoutService(ClientFactory).StartCheckoutAsync(order, isMobile: false);
        Assert.That(result.Success, Is.True, string.Join(" | ", Nop.NotesOf(order.Id)));

        return Tamara.GetOrder(Nop.GetOrder(order.Id).AuthorizationTransactionId);
    }

    [SetUp]
    public void SetUpCart()
    {
        CheckoutOrders.AddCatalog(Nop);
        Nop.CartTotal = 271m;
    }

    [Test]
    public async Task Single_checkout_on_offers_one_Tamara_method_and_the_session_names_no_plan()
    {
        Tamara.ChangeSettings(new EmulatorSettings(SingleCheckoutEnabled: true));

        var model = await ViewComponentInvoker.PaymentInfoAsync(Nop, ClientFactory);
        var session = await PlaceOrderAsync(NopStub.PlanForm("PayNow"));

        Assert.Multiple(() =>
        {
            Assert.That(model.SingleCheckout, Is.True);
            Assert.That(model.Plans, Is.Empty, "no plan step: the shopper chooses on Tamara's page");
            Assert.That(session.PlanChosenOnTamaraPage, Is.True, "a posted plan is ignored with single checkout");
        });
    }

    [Test]
    public async Task Single_checkout_off_keeps_the_plan_step_and_sends_the_chosen_plan()
    {
        Tamara.ChangeSettings(new EmulatorSettings(SingleCheckoutEnabled: false));

        var model = await ViewComponentInvoker.PaymentInfoAsync(Nop, ClientFactory);
        var session = await PlaceOrderAsync(NopStub.PlanForm("PayByInstalments-4"));

        Assert.Multiple(() =>
        {
            Assert.That(model.SingleCheckout, Is.False);
            Assert.That(model.Plans.Select(plan => plan.Code), Does.Contain("PayByInstalments-4"));
            Assert.That(session.PlanChosenOnTamaraPage, Is.False);
            Assert.That((session.PaymentType, session.Instalments), Is.EqualTo(("PAY_BY_INSTALMENTS", (int?)4)));
        });
    }
}
