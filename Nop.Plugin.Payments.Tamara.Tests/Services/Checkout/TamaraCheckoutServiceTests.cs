using Moq;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Payments.Tamara.Api;
using Nop.Plugin.Payments.Tamara.Api.Models;
using Nop.Plugin.Payments.Tamara.Services.Checkout;
using Nop.Plugin.Payments.Tamara.Tests.Support;
using NUnit.Framework;
using Tamara.Emulator.Control;
using Tamara.Emulator.Faults;

namespace Nop.Plugin.Payments.Tamara.Tests.Services.Checkout;

[TestFixture]
public class TamaraCheckoutServiceTests : EmulatorTestBase
{
    private TamaraCheckoutService Service => Nop.CreateCheckoutService(ClientFactory);

    private void TranslateFailureMessages()
    {
        Nop.Localization.Setup(service => service.GetResourceAsync("Plugins.Payments.Tamara.Checkout.Failed")).ReturnsAsync("Tamara could not start the payment: {0}");
    }

    [Test]
    public async Task Session_is_opened_and_recorded_on_the_order()
    {
        var order = CheckoutOrders.AddSarOrder(Nop);

        var result = await Service.StartCheckoutAsync(order, isMobile: false);

        var stored = Nop.GetOrder(order.Id);
        var tamaraOrder = Tamara.GetOrder(stored.AuthorizationTransactionId);
        Assert.Multiple(() =>
        {
            Assert.That(result.Success, Is.True);
            Assert.That(result.CheckoutUrl, Does.Contain(tamaraOrder.CheckoutId));
            Assert.That(tamaraOrder.OrderReferenceId, Is.EqualTo(order.OrderGuid.ToString()));
            Assert.That(tamaraOrder.TotalAmount, Is.EqualTo(271m));
            Assert.That(Nop.GetAttribute(order, TamaraDefaults.OrderAttributes.CheckoutId), Is.EqualTo(tamaraOrder.CheckoutId));
            Assert.That(Nop.GetAttribute(order, TamaraDefaults.OrderAttributes.Status), Is.EqualTo(nameof(TamaraOrderStatus.New)));
            Assert.That(stored.PaymentStatus, Is.EqualTo(PaymentStatus.Pending), "the order stays pending until Tamara approves");
            Assert.That(Nop.NotesOf(order.Id), Has.Some.Contains(tamaraOrder.OrderId).And.Contains(tamaraOrder.CheckoutId));
        });
    }

    [Test]
    public async Task Kwd_order_is_accepted_by_Tamara_to_the_last_fils()
    {
        var order = CheckoutOrders.AddSarOrder(Nop, rate: 0.0817m, currency: "KWD");

        var result = await Service.StartCheckoutAsync(order, isMobile: false);

        Assert.That(result.Success, Is.True, string.Join(" | ", Nop.NotesOf(order.Id)));
        Assert.That(Tamara.GetOrder(Nop.GetOrder(order.Id).AuthorizationTransactionId).TotalAmount, Is.EqualTo(22.141m));
    }

    [Test]
    public async Task Refusal_leaves_the_order_pending_with_Tamaras_error_code_in_a_note_and_a_clear_message()
    {
        TranslateFailureMessages();
        Tamara.ChangeSettings(new EmulatorSettings(MaxLimit: 100m));
        var order = CheckoutOrders.AddSarOrder(Nop);

        var result = await Service.StartCheckoutAsync(order, isMobile: false);

        var stored = Nop.GetOrder(order.Id);
        Assert.Multiple(() =>
        {
            Assert.That(result.Success, Is.False);
            Assert.That(result.Error, Is.EqualTo("Tamara could not start the payment: Plugins.Payments.Tamara.Checkout.Error.Limit"));
            Assert.That(stored.PaymentStatus, Is.EqualTo(PaymentStatus.Pending));
            Assert.That(stored.OrderStatus, Is.EqualTo(OrderStatus.Pending));
            Assert.That(stored.AuthorizationTransactionId, Is.Null.Or.Empty);
            Assert.That(Nop.NotesOf(order.Id), Has.Some.Contains("total_amount_invalid_limit"));
            Assert.That(Nop.NotesOf(order.Id).Concat(Nop.LogMessages), Has.None.Contains(Tamara.ApiToken));
        });
    }

    [Test]
    public async Task Tamara_out_of_reach_leaves_the_order_pending_and_the_shopper_can_try_again()
    {
        TranslateFailureMessages();
        Tamara.InjectFault(EmulatedEndpoint.Checkout, FaultMode.ServiceUnavailable);
        var order = CheckoutOrders.AddSarOrder(Nop);

        var failed = await Service.StartCheckoutAsync(order, isMobile: false);
        var canRetry = await Service.CanStartNewSessionAsync(Nop.GetOrder(order.Id));
        var retried = await Service.StartCheckoutAsync(Nop.GetOrder(order.Id), isMobile: false);

        Assert.Multiple(() =>
        {
            Assert.That(failed.Error, Is.EqualTo("Tamara could not start the payment: Plugins.Payments.Tamara.Checkout.Error.Unavailable"));
            Assert.That(Nop.NotesOf(order.Id), Has.Some.Contains("HTTP 503"));
            Assert.That(canRetry, Is.True);
            Assert.That(retried.Success, Is.True);
        });
    }

    [Test]
    public async Task Tamara_answering_without_a_checkout_url_leaves_the_order_pending_with_a_note_and_a_clear_message()
    {
        TranslateFailureMessages();
        var tamara = new Mock<ITamaraClient>();
        tamara.Setup(client => client.Checkout.CreateSessionAsync(It.IsAny<CheckoutSessionRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new CheckoutSession { Status = TamaraOrderStatus.New });
        var clientFactory = new Mock<ITamaraClientFactory>();
        clientFactory.Setup(factory => factory.Create(It.IsAny<TamaraClientOptions>())).Returns(tamara.Object);
        var order = CheckoutOrders.AddSarOrder(Nop);

        var result = await Nop.CreateCheckoutService(clientFactory.Object).StartCheckoutAsync(order, isMobile: false);

        Assert.Multiple(() =>
        {
            Assert.That(result.Success, Is.False);
            Assert.That(result.Error, Is.EqualTo("Tamara could not start the payment: Plugins.Payments.Tamara.Checkout.Error.Unavailable"));
            Assert.That(Nop.GetOrder(order.Id).PaymentStatus, Is.EqualTo(PaymentStatus.Pending));
            Assert.That(Nop.NotesOf(order.Id), Has.Some.Contains("checkout_url"));
        });
    }

    [Test]
    public async Task Shopper_may_open_a_new_session_while_the_last_one_is_new_declined_or_expired_or_none_exists()
    {
        var order = CheckoutOrders.AddSarOrder(Nop);
        var state = Nop.CreateStateService();

        var withoutSession = await Service.CanStartNewSessionAsync(order);
        await state.SaveCheckoutSessionAsync(order, "tamara-1", "checkout-1");
        var whileNew = await Service.CanStartNewSessionAsync(order);
        await state.SaveStatusAsync(order, TamaraOrderStatus.Declined);
        var afterDecline = await Service.CanStartNewSessionAsync(order);
        await state.SaveStatusAsync(order, TamaraOrderStatus.Expired);
        var afterExpiry = await Service.CanStartNewSessionAsync(order);
        await state.SaveStatusAsync(order, TamaraOrderStatus.Approved);
        var whileApproved = await Service.CanStartNewSessionAsync(order);
        await state.SaveStatusAsync(order, TamaraOrderStatus.Authorised);
        var whenAuthorised = await Service.CanStartNewSessionAsync(order);

        Assert.That(new[] { withoutSession, whileNew, afterDecline, afterExpiry, whileApproved, whenAuthorised },
            Is.EqualTo(new[] { true, true, true, true, false, false }));
    }

    [Test]
    public async Task Paid_or_cancelled_order_never_opens_a_new_session()
    {
        var paid = CheckoutOrders.AddSarOrder(Nop);
        paid.PaymentStatus = PaymentStatus.Paid;
        var cancelled = CheckoutOrders.AddSarOrder(Nop);
        cancelled.OrderStatus = OrderStatus.Cancelled;

        Assert.That(await Service.CanStartNewSessionAsync(paid), Is.False);
        Assert.That(await Service.CanStartNewSessionAsync(cancelled), Is.False);
    }

    [Test]
    public async Task Paying_again_after_Tamara_approved_the_first_session_authorises_it_instead_of_opening_a_second()
    {
        var order = CheckoutOrders.AddSarOrder(Nop);
        await Service.StartCheckoutAsync(order, isMobile: false);
        var tamaraOrderId = Nop.GetOrder(order.Id).AuthorizationTransactionId;
        Tamara.Approve(tamaraOrderId);
        var sessions = Tamara.Orders.Count;

        var result = await Service.StartCheckoutAsync(Nop.GetOrder(order.Id), isMobile: false);

        Assert.Multiple(() =>
        {
            Assert.That(result.Success, Is.False);
            Assert.That(Tamara.Orders, Has.Count.EqualTo(sessions), "no second session");
            Assert.That(Nop.GetOrder(order.Id).PaymentStatus, Is.EqualTo(PaymentStatus.Authorized));
            Assert.That(Tamara.GetOrder(tamaraOrderId).Status, Is.EqualTo("authorised"));
        });
    }

    [Test]
    public async Task Plan_chosen_at_checkout_is_read_back_from_the_order()
    {
        var order = CheckoutOrders.AddSarOrder(Nop);
        order.CustomValuesXml = "<DictionarySerializer><item><key>Tamara plan</key><value>PayByInstalments-4</value><displayToCustomer>false</displayToCustomer><location>2</location><createdOn>0</createdOn></item></DictionarySerializer>";
        Nop.AddOrder(order);

        await Service.StartCheckoutAsync(order, isMobile: false);

        var tamaraOrder = Tamara.GetOrder(Nop.GetOrder(order.Id).AuthorizationTransactionId);
        Assert.That((tamaraOrder.PaymentType, tamaraOrder.Instalments), Is.EqualTo(("PAY_BY_INSTALMENTS", (int?)4)));
    }

    [Test]
    public async Task No_second_session_while_the_first_cannot_be_read()
    {
        var order = CheckoutOrders.AddSarOrder(Nop);
        await Service.StartCheckoutAsync(order, isMobile: false);
        var sessions = Tamara.Orders.Count;
        Tamara.InjectFault(EmulatedEndpoint.GetOrder, FaultMode.ServiceUnavailable, count: 10);

        var result = await Service.StartCheckoutAsync(Nop.GetOrder(order.Id), isMobile: false);

        Assert.That(result.Success, Is.False);
        Assert.That(Tamara.Orders, Has.Count.EqualTo(sessions));
    }
}
