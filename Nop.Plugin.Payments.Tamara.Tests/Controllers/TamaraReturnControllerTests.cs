using System.Net;
using Moq;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Payments.Tamara.Services.Orders;
using Nop.Plugin.Payments.Tamara.Tests.Support;
using NUnit.Framework;

namespace Nop.Plugin.Payments.Tamara.Tests.Controllers;

[TestFixture]
public class TamaraReturnControllerTests : EmulatorTestBase
{
    private StoreHost _store = null!;
    private HttpClient _shopper = null!;

    [SetUp]
    public async Task StartStoreAsync()
    {
        _store = await StoreHost.StartAsync(Nop);
        _shopper = _store.CreateBrowser(Nop.Customer.Id);
    }

    [TearDown]
    public async Task StopStoreAsync()
    {
        //Tamara's own notifications of this test reach its store while it still runs: the emulator sends one at a time,
        //so one retrying against a stopped store would hold up the next tests' notifications
        await Tamara.WaitForNotificationsAsync();
        _shopper.Dispose();
        await _store.DisposeAsync();
    }

    /// <summary>
    /// Places an order with a Tamara session whose notifications Tamara sends to a sink: the shopper's return comes first
    /// </summary>
    private async Task<(Order Order, string TamaraOrderId)> PlaceAsync()
    {
        var storeUrl = Nop.Store.Url;
        Nop.Store.Url = _store.SinkStoreUrl;
        var order = CheckoutOrders.AddSarOrder(Nop);
        var result = await Nop.CreateCheckoutService(ClientFactory).StartCheckoutAsync(order, isMobile: false);
        Nop.Store.Url = storeUrl;
        Assert.That(result.Success, Is.True, result.Error);

        return (Nop.GetOrder(order.Id), Nop.GetOrder(order.Id).AuthorizationTransactionId);
    }

    private async Task<(HttpStatusCode Status, string? Location)> ReturnAsync(HttpClient browser, string route, string? tamaraOrderId, string paymentStatus)
    {
        var query = tamaraOrderId is null ? $"paymentStatus={paymentStatus}" : $"orderId={tamaraOrderId}&paymentStatus={paymentStatus}";
        using var response = await browser.GetAsync($"Plugins/Tamara/{route}?{query}");

        return (response.StatusCode, response.Headers.Location?.ToString());
    }

    private void VerifyWarning(string resource) =>
        Nop.Notifications.Verify(service => service.WarningNotification($"Plugins.Payments.Tamara.{resource}", It.IsAny<bool>(), It.IsAny<int>()), Times.Once);

    [Test]
    public async Task Approved_return_authorises_and_shows_the_completed_order()
    {
        var (order, tamaraOrderId) = await PlaceAsync();
        Tamara.Approve(tamaraOrderId);

        var (status, location) = await ReturnAsync(_shopper, "Success", tamaraOrderId, "approved");

        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(location, Is.EqualTo($"/checkout/completed/{order.Id}"));
            Assert.That(Nop.GetOrder(order.Id).PaymentStatus, Is.EqualTo(PaymentStatus.Authorized));
            Assert.That(Tamara.GetOrder(tamaraOrderId).Status, Is.EqualTo("authorised"));
        });
    }

    [Test]
    public async Task Return_from_an_earlier_session_that_a_new_one_replaced_authorises_it_and_shows_the_completed_order()
    {
        var (order, earlierId) = await PlaceAsync();
        Nop.Store.Url = _store.SinkStoreUrl;
        Assert.That((await Nop.CreateCheckoutService(ClientFactory).StartCheckoutAsync(order, isMobile: false)).Success, Is.True);
        Nop.Store.Url = _store.BaseUrl + "/";
        Tamara.Approve(earlierId);

        var (_, location) = await ReturnAsync(_shopper, "Success", earlierId, "approved");

        Assert.That(location, Is.EqualTo($"/checkout/completed/{order.Id}"));
        Assert.That(Nop.GetOrder(order.Id).AuthorizationTransactionId, Is.EqualTo(earlierId));
        Assert.That(Tamara.GetOrder(earlierId).Status, Is.EqualTo("authorised"));
    }

    [Test]
    public async Task Declined_return_cancels_the_unpaid_order_and_shows_it_with_a_message()
    {
        var (order, tamaraOrderId) = await PlaceAsync();
        Tamara.Decline(tamaraOrderId);

        var (status, location) = await ReturnAsync(_shopper, "Failure", tamaraOrderId, "declined");

        Assert.That((status, location), Is.EqualTo((HttpStatusCode.Redirect, $"/orderdetails/{order.Id}")));
        Assert.That(Nop.GetOrder(order.Id).OrderStatus, Is.EqualTo(OrderStatus.Cancelled));
        VerifyWarning("Return.Declined");
    }

    [Test]
    public async Task Cancelled_at_Tamara_the_order_stays_pending_and_can_be_paid_again()
    {
        var (order, tamaraOrderId) = await PlaceAsync();

        var (status, location) = await ReturnAsync(_shopper, "Cancel", tamaraOrderId, "canceled");

        var stored = Nop.GetOrder(order.Id);
        Assert.That((status, location), Is.EqualTo((HttpStatusCode.Redirect, $"/orderdetails/{order.Id}")));
        Assert.That((stored.OrderStatus, stored.PaymentStatus), Is.EqualTo((OrderStatus.Pending, PaymentStatus.Pending)));
        Assert.That(await Nop.CreateCheckoutService(ClientFactory).CanStartNewSessionAsync(stored), Is.True);
        VerifyWarning("Return.Canceled");
    }

    [Test]
    public async Task Return_after_the_notification_authorised_the_order_shows_it_completed_without_authorising_again()
    {
        var (order, tamaraOrderId) = await PlaceAsync();
        Tamara.Approve(tamaraOrderId);
        await Nop.CreateSynchronizer(ClientFactory).SyncAsync(order, TamaraSyncTrigger.Webhook);

        var (_, location) = await ReturnAsync(_shopper, "Success", tamaraOrderId, "approved");

        Assert.That(location, Is.EqualTo($"/checkout/completed/{order.Id}"));
        Assert.That(AuthoriseCalls(tamaraOrderId), Is.EqualTo(1));
        Nop.OrderProcessing.Verify(service => service.MarkAsAuthorizedAsync(It.IsAny<Order>()), Times.Once);
    }

    [Test]
    public async Task Failure_or_cancel_return_never_cancels_an_authorised_order()
    {
        var (order, tamaraOrderId) = await PlaceAsync();
        Tamara.Approve(tamaraOrderId);
        await Nop.CreateSynchronizer(ClientFactory).SyncAsync(order, TamaraSyncTrigger.Webhook);

        var failure = await ReturnAsync(_shopper, "Failure", tamaraOrderId, "declined");
        var cancel = await ReturnAsync(_shopper, "Cancel", tamaraOrderId, "canceled");

        var stored = Nop.GetOrder(order.Id);
        Assert.That((stored.OrderStatus, stored.PaymentStatus), Is.EqualTo((OrderStatus.Pending, PaymentStatus.Authorized)));
        Assert.That(new[] { failure.Location, cancel.Location }, Is.All.EqualTo($"/checkout/completed/{order.Id}"));
        Nop.OrderProcessing.Verify(service => service.CancelOrderAsync(It.IsAny<Order>(), It.IsAny<bool>()), Times.Never);
    }

    [Test]
    public async Task Return_while_another_request_keeps_the_order_busy_shows_the_order_as_being_processed_and_acts_on_nothing()
    {
        var (order, tamaraOrderId) = await PlaceAsync();
        Tamara.Approve(tamaraOrderId);
        (HttpStatusCode Status, string? Location) answer = default;

        //a notification holding the order's lock for the whole return
        await Nop.Locker.PerformActionWithLockAsync(TamaraDefaults.OrderLockResource(order.Id), TimeSpan.FromMinutes(1),
            async () => answer = await ReturnAsync(_shopper, "Success", tamaraOrderId, "approved"));

        Assert.That(answer, Is.EqualTo((HttpStatusCode.Redirect, $"/orderdetails/{order.Id}")));
        VerifyWarning("Return.Pending");
        Assert.That(AuthoriseCalls(tamaraOrderId), Is.Zero);
        Assert.That(Nop.Locker.Refusals, Is.InRange(2, 10), "waited for the lock, a bounded number of times");
    }

    private async Task<(HttpStatusCode Status, string Body)> ReturnPageAsync(HttpClient browser, string route, string? tamaraOrderId)
    {
        using var response = await browser.GetAsync(tamaraOrderId is null ? $"Plugins/Tamara/{route}" : $"Plugins/Tamara/{route}?orderId={tamaraOrderId}&paymentStatus=approved");

        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static void AssertConfirmingPageTellingNothingAbout(Order order, (HttpStatusCode Status, string Body) page)
    {
        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.Body, Does.StartWith("~/Plugins/Payments.Tamara/Views/Public/PaymentConfirming.cshtml").And.Contains("/order/history"));
        Assert.That(page.Body, Does.Not.Contain(order.CustomOrderNumber).And.Not.Contain(order.OrderGuid.ToString()).And.Not.Contain(order.AuthorizationTransactionId));
    }

    [Test]
    public async Task Approved_shopper_back_in_another_browser_sees_that_the_payment_is_being_confirmed_and_the_order_is_authorised()
    {
        var (order, tamaraOrderId) = await PlaceAsync();
        Tamara.Approve(tamaraOrderId);
        using var inAppBrowser = _store.CreateBrowser(null);

        var page = await ReturnPageAsync(inAppBrowser, "Success", tamaraOrderId);

        AssertConfirmingPageTellingNothingAbout(order, page);
        Assert.That(Nop.GetOrder(order.Id).PaymentStatus, Is.EqualTo(PaymentStatus.Authorized));
        Assert.That(Tamara.GetOrder(tamaraOrderId).Status, Is.EqualTo("authorised"));
    }

    [Test]
    public async Task Another_customers_Tamara_order_in_the_query_shows_the_same_page_and_only_brings_the_order_in_line_with_Tamara()
    {
        var (order, tamaraOrderId) = await PlaceAsync();
        using var stranger = _store.CreateBrowser(Nop.Customer.Id + 1);

        var declined = await ReturnPageAsync(stranger, "Success", tamaraOrderId);
        var unknown = await ReturnPageAsync(stranger, "Success", Guid.NewGuid().ToString());

        AssertConfirmingPageTellingNothingAbout(order, declined);
        Assert.That(unknown.Body, Is.EqualTo(declined.Body));
        Assert.That(Nop.GetOrder(order.Id).PaymentStatus, Is.EqualTo(PaymentStatus.Pending), "Tamara has not approved: the query's claim changes nothing");
        Assert.That(AuthoriseCalls(tamaraOrderId), Is.Zero);
    }

    [Test]
    public async Task Return_without_an_order_id_or_with_one_that_is_not_a_Tamara_id_shows_the_same_page_and_asks_Tamara_nothing()
    {
        var (order, _) = await PlaceAsync();
        var logged = Nop.LogMessages.Count;

        var pages = new[] { await ReturnPageAsync(_shopper, "Success", null), await ReturnPageAsync(_shopper, "Failure", "../merchants/configs") };

        Assert.That(pages, Has.All.Matches<(HttpStatusCode Status, string Body)>(page => page.Status == HttpStatusCode.OK && page.Body.Contains("PaymentConfirming")));
        AssertConfirmingPageTellingNothingAbout(order, pages[0]);
        Assert.That(Nop.LogMessages.Skip(logged), Has.None.Contains("Tamara API"));
    }

    [Test]
    public async Task Success_claimed_in_the_query_for_a_session_Tamara_has_not_approved_does_not_pay_the_order()
    {
        var (order, tamaraOrderId) = await PlaceAsync();

        var (_, location) = await ReturnAsync(_shopper, "Success", tamaraOrderId, "approved");

        Assert.That(location, Is.EqualTo($"/orderdetails/{order.Id}"));
        Assert.That(Nop.GetOrder(order.Id).PaymentStatus, Is.EqualTo(PaymentStatus.Pending));
        VerifyWarning("Return.Pending");
    }
}
