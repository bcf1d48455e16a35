using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Moq;
using Newtonsoft.Json;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Payments.Tamara.Services.Orders;
using Nop.Plugin.Payments.Tamara.Tests.Support;
using NUnit.Framework;

namespace Nop.Plugin.Payments.Tamara.Tests.Controllers;

[TestFixture]
public class TamaraWebhookControllerTests : EmulatorTestBase
{
    private StoreHost _store = null!;
    private HttpClient _tamaraSide = null!;

    [SetUp]
    public async Task StartStoreAsync()
    {
        _store = await StoreHost.StartAsync(Nop);
        _tamaraSide = _store.CreateBrowser(null);
    }

    [TearDown]
    public async Task StopStoreAsync()
    {
        //Tamara's own notifications of this test reach its store while it still runs: the emulator sends one at a time,
        //so one retrying against a stopped store would hold up the next tests' notifications
        await Tamara.WaitForNotificationsAsync();
        _tamaraSide.Dispose();
        await _store.DisposeAsync();
    }

    /// <summary>
    /// Places an order with a Tamara session; unless told otherwise, Tamara's own notifications go to a sink,
    /// so that only what the test posts reaches the webhook
    /// </summary>
    private async Task<(Order Order, string TamaraOrderId)> PlaceApprovedAsync(bool approve = true, bool tamaraNotifiesStore = false)
    {
        var storeUrl = Nop.Store.Url;
        if (!tamaraNotifiesStore)
            Nop.Store.Url = _store.SinkStoreUrl;

        var order = CheckoutOrders.AddSarOrder(Nop);
        var result = await Nop.CreateCheckoutService(ClientFactory).StartCheckoutAsync(order, isMobile: false);
        Nop.Store.Url = storeUrl;
        Assert.That(result.Success, Is.True, result.Error);
        var tamaraOrderId = Nop.GetOrder(order.Id).AuthorizationTransactionId;
        if (approve)
            Tamara.Approve(tamaraOrderId);

        return (Nop.GetOrder(order.Id), tamaraOrderId);
    }

    private static string EventBody(Order order, string tamaraOrderId, string eventType) => JsonConvert.SerializeObject(new
    {
        order_id = tamaraOrderId,
        order_reference_id = order.OrderGuid.ToString(),
        order_number = order.CustomOrderNumber,
        event_type = eventType,
        data = Array.Empty<object>()
    });

    private static string StatusBody(Order order, string tamaraOrderId, string status) => JsonConvert.SerializeObject(new
    {
        order_id = tamaraOrderId,
        order_reference_id = order.OrderGuid.ToString(),
        order_status = status,
        data = new { }
    });

    private string ValidToken() => TamaraTokenMinter.Mint(Tamara.NotificationToken, DateTimeOffset.UtcNow);

    private async Task<HttpStatusCode> PostAsync(string body, string? headerToken, string? queryToken = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, queryToken is null ? "Plugins/Tamara/Webhook" : $"Plugins/Tamara/Webhook?tamaraToken={queryToken}")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json")
        };
        if (headerToken is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", headerToken);

        using var response = await _tamaraSide.SendAsync(request);
        return response.StatusCode;
    }

    [Test]
    public async Task Valid_approved_notification_authorises_the_order()
    {
        var (order, tamaraOrderId) = await PlaceApprovedAsync();

        var status = await PostAsync(EventBody(order, tamaraOrderId, "order_approved"), ValidToken());

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Nop.GetOrder(order.Id).PaymentStatus, Is.EqualTo(PaymentStatus.Authorized));
        Assert.That(Tamara.GetOrder(tamaraOrderId).Status, Is.EqualTo("authorised"));
    }

    [Test]
    public async Task Token_in_the_query_string_is_accepted()
    {
        var (order, tamaraOrderId) = await PlaceApprovedAsync();

        var status = await PostAsync(EventBody(order, tamaraOrderId, "order_approved"), headerToken: null, queryToken: ValidToken());

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Nop.GetOrder(order.Id).PaymentStatus, Is.EqualTo(PaymentStatus.Authorized));
    }

    [Test]
    public async Task Older_order_status_payload_is_understood()
    {
        var (order, tamaraOrderId) = await PlaceApprovedAsync();

        var status = await PostAsync(StatusBody(order, tamaraOrderId, "approved"), ValidToken());

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Nop.GetOrder(order.Id).PaymentStatus, Is.EqualTo(PaymentStatus.Authorized));
    }

    [Test]
    public async Task Forged_token_is_refused_and_changes_nothing()
    {
        var (order, tamaraOrderId) = await PlaceApprovedAsync();

        var status = await PostAsync(EventBody(order, tamaraOrderId, "order_approved"), TamaraTokenMinter.Mint("not-the-merchants-key", DateTimeOffset.UtcNow));

        Assert.That(status, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(Nop.GetOrder(order.Id).PaymentStatus, Is.EqualTo(PaymentStatus.Pending));
        Assert.That(AuthoriseCalls(tamaraOrderId), Is.Zero);
        Assert.That(Tamara.GetOrder(tamaraOrderId).Status, Is.EqualTo("approved"));
    }

    [Test]
    public async Task Missing_token_is_refused()
    {
        var (order, tamaraOrderId) = await PlaceApprovedAsync();

        var status = await PostAsync(EventBody(order, tamaraOrderId, "order_approved"), headerToken: null);

        Assert.That(status, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(Nop.GetOrder(order.Id).PaymentStatus, Is.EqualTo(PaymentStatus.Pending));
    }

    [Test]
    public async Task Expired_token_is_refused()
    {
        var (order, tamaraOrderId) = await PlaceApprovedAsync();
        var expired = TamaraTokenMinter.Mint(Tamara.NotificationToken, DateTimeOffset.UtcNow.AddHours(-2));

        var status = await PostAsync(EventBody(order, tamaraOrderId, "order_approved"), expired);

        Assert.That(status, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(Nop.GetOrder(order.Id).PaymentStatus, Is.EqualTo(PaymentStatus.Pending));
    }

    [Test]
    public async Task Malformed_body_is_a_bad_request()
    {
        await PlaceApprovedAsync();

        Assert.That(await PostAsync("{\"order_id\": ", ValidToken()), Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await PostAsync("[]", ValidToken()), Is.EqualTo(HttpStatusCode.BadRequest));
    }

    private async Task<(HttpStatusCode Status, string? ContentType, string Body)> PostForAnswerAsync(string body, string? headerToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "Plugins/Tamara/Webhook") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (headerToken is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", headerToken);

        using var response = await _tamaraSide.SendAsync(request);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task Every_refusal_is_answered_with_a_small_json_body_so_nopCommerces_status_code_pages_leave_it_alone()
    {
        var (order, tamaraOrderId) = await PlaceApprovedAsync();

        var answers = new[]
        {
            await PostForAnswerAsync(EventBody(order, Guid.NewGuid().ToString(), "order_approved"), ValidToken()),
            await PostForAnswerAsync("[]", ValidToken()),
            await PostForAnswerAsync(EventBody(order, tamaraOrderId, "order_approved"), headerToken: null)
        };

        Assert.That(answers.Select(answer => answer.Status),
            Is.EqualTo(new[] { HttpStatusCode.NotFound, HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized }));
        Assert.That(answers, Has.All.Matches<(HttpStatusCode Status, string? ContentType, string Body)>(answer =>
            answer.ContentType == "application/json" && answer.Body.StartsWith("{\"message\":")));
    }

    [Test]
    public async Task Unknown_order_is_logged_once_however_often_Tamara_delivers_it_again()
    {
        var (order, _) = await PlaceApprovedAsync();
        var unknownId = Guid.NewGuid().ToString();
        var body = EventBody(order, unknownId, "order_approved");

        for (var delivery = 0; delivery < 3; delivery++)
            Assert.That(await PostAsync(body, ValidToken()), Is.EqualTo(HttpStatusCode.NotFound));
        await PostAsync(body, headerToken: null);
        await PostAsync(body, headerToken: null);

        Assert.That(Nop.LogMessages.Count(message => message.Contains(unknownId)), Is.EqualTo(1));
        Assert.That(Nop.LogMessages.Count(message => message.StartsWith("Tamara notification refused")), Is.EqualTo(1));
    }

    [Test]
    public async Task Notification_for_an_unknown_order_is_not_found_and_logged()
    {
        var (order, _) = await PlaceApprovedAsync();
        var unknownId = Guid.NewGuid().ToString();

        var status = await PostAsync(EventBody(order, unknownId, "order_approved"), ValidToken());

        Assert.That(status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(Nop.LogMessages, Has.Some.Contains(unknownId));
        Assert.That(Nop.GetOrder(order.Id).PaymentStatus, Is.EqualTo(PaymentStatus.Pending));
    }

    [Test]
    public async Task Notification_verified_with_this_stores_key_never_acts_on_an_order_of_another_store()
    {
        var (placed, tamaraOrderId) = await PlaceApprovedAsync();
        placed.StoreId = Nop.Store.Id + 1;
        var order = Nop.AddOrder(placed);

        var status = await PostAsync(EventBody(order, tamaraOrderId, "order_approved"), ValidToken());

        Assert.That(status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(Nop.GetOrder(order.Id).PaymentStatus, Is.EqualTo(PaymentStatus.Pending));
        Assert.That(Nop.LogMessages, Has.None.Contains($"GET /merchants/orders/{tamaraOrderId}"));
        Assert.That(AuthoriseCalls(tamaraOrderId), Is.Zero);
        Assert.That(Tamara.GetOrder(tamaraOrderId).Status, Is.EqualTo("approved"));
    }

    /// <summary>
    /// Opens a second checkout session for the order, as Retry payment or a reloaded completion page does
    /// </summary>
    private async Task<string> ReplaceSessionAsync(Order order)
    {
        var storeUrl = Nop.Store.Url;
        Nop.Store.Url = _store.SinkStoreUrl;
        var result = await Nop.CreateCheckoutService(ClientFactory).StartCheckoutAsync(Nop.GetOrder(order.Id), isMobile: false);
        Nop.Store.Url = storeUrl;
        Assert.That(result.Success, Is.True, result.Error);

        return Nop.GetOrder(order.Id).AuthorizationTransactionId;
    }

    [Test]
    public async Task Earlier_session_approved_after_a_new_one_replaced_it_is_authorised_and_the_newer_one_released_at_once()
    {
        var (order, earlierId) = await PlaceApprovedAsync(approve: false);
        var newerId = await ReplaceSessionAsync(order);
        Tamara.Approve(earlierId);

        var earlierStatus = await PostAsync(EventBody(order, earlierId, "order_approved"), ValidToken());
        Tamara.Approve(newerId);
        var newerStatus = await PostAsync(EventBody(order, newerId, "order_approved"), ValidToken());

        Assert.Multiple(() =>
        {
            Assert.That(newerId, Is.Not.EqualTo(earlierId));
            Assert.That((earlierStatus, newerStatus), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.OK)));
            Assert.That(Nop.GetOrder(order.Id).PaymentStatus, Is.EqualTo(PaymentStatus.Authorized));
            Assert.That(Nop.GetOrder(order.Id).AuthorizationTransactionId, Is.EqualTo(earlierId));
            Assert.That(Tamara.GetOrder(earlierId).Status, Is.EqualTo("authorised"));
            //the session not acted on must not hold the shopper's first instalment: authorised, then cancelled whole
            Assert.That(Tamara.GetOrder(newerId).Status, Is.EqualTo("canceled"));
        });
    }

    [Test]
    public async Task Newer_session_authorised_first_releases_an_earlier_approved_one_instead_of_acting_on_it()
    {
        var (order, earlierId) = await PlaceApprovedAsync(approve: false);
        var newerId = await ReplaceSessionAsync(order);
        Tamara.Approve(newerId);
        Tamara.Approve(earlierId);

        await PostAsync(EventBody(order, newerId, "order_approved"), ValidToken());
        var status = await PostAsync(EventBody(order, earlierId, "order_approved"), ValidToken());

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Nop.GetOrder(order.Id).AuthorizationTransactionId, Is.EqualTo(newerId));
        Assert.That(Tamara.GetOrder(newerId).Status, Is.EqualTo("authorised"));
        Assert.That(Tamara.GetOrder(earlierId).Status, Is.EqualTo("canceled"));
    }

    [Test]
    public async Task Sync_without_a_notification_finds_the_earlier_approved_session()
    {
        var (order, earlierId) = await PlaceApprovedAsync(approve: false);
        await ReplaceSessionAsync(order);
        Tamara.Approve(earlierId);

        var result = await Nop.CreateSynchronizer(ClientFactory).SyncAsync(Nop.GetOrder(order.Id), TamaraSyncTrigger.Manual);

        Assert.That(result.Outcome, Is.EqualTo(TamaraSyncOutcome.Synced));
        Assert.That(Nop.GetOrder(order.Id).PaymentStatus, Is.EqualTo(PaymentStatus.Authorized));
        Assert.That(Tamara.GetOrder(earlierId).Status, Is.EqualTo("authorised"));
    }

    [Test]
    public async Task Retry_payment_after_the_earlier_session_was_approved_authorises_it_instead_of_opening_another()
    {
        var (order, earlierId) = await PlaceApprovedAsync(approve: false);
        var newerId = await ReplaceSessionAsync(order);
        Tamara.Approve(earlierId);

        var retry = await Nop.CreateCheckoutService(ClientFactory).StartCheckoutAsync(Nop.GetOrder(order.Id), isMobile: false);

        Assert.That(retry.Success, Is.False);
        Assert.That(Nop.GetOrder(order.Id).PaymentStatus, Is.EqualTo(PaymentStatus.Authorized));
        Assert.That(Nop.GetOrder(order.Id).AuthorizationTransactionId, Is.EqualTo(earlierId));
        Assert.That(Tamara.GetOrder(newerId).Status, Is.EqualTo("new"));
    }

    [Test]
    public async Task Ten_duplicates_authorise_once_and_change_the_order_once()
    {
        var (order, tamaraOrderId) = await PlaceApprovedAsync();
        var body = EventBody(order, tamaraOrderId, "order_approved");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 10; i++)
            statuses.Add(await PostAsync(body, ValidToken()));

        Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(AuthoriseCalls(tamaraOrderId), Is.EqualTo(1));
        Nop.OrderProcessing.Verify(service => service.MarkAsAuthorizedAsync(It.IsAny<Order>()), Times.Once);
    }

    [Test]
    public async Task Fifty_concurrent_notifications_authorise_once_and_the_refused_ones_are_delivered_again()
    {
        var (order, tamaraOrderId) = await PlaceApprovedAsync();
        var body = EventBody(order, tamaraOrderId, "order_approved");

        var statuses = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => PostAsync(body, ValidToken()))));
        var redelivered = new List<HttpStatusCode>();
        foreach (var _ in statuses.Where(status => status != HttpStatusCode.OK))
            redelivered.Add(await PostAsync(body, ValidToken()));

        Assert.Multiple(() =>
        {
            Assert.That(statuses, Is.All.AnyOf(HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable), "busy answers ask Tamara to deliver again");
            Assert.That(redelivered, Is.All.EqualTo(HttpStatusCode.OK));
            Assert.That(AuthoriseCalls(tamaraOrderId), Is.EqualTo(1));
            Assert.That(Nop.GetOrder(order.Id).PaymentStatus, Is.EqualTo(PaymentStatus.Authorized));
        });
        Nop.OrderProcessing.Verify(service => service.MarkAsAuthorizedAsync(It.IsAny<Order>()), Times.Once);
    }

    [Test]
    public async Task Out_of_order_notifications_end_with_the_order_authorised_once()
    {
        var (order, tamaraOrderId) = await PlaceApprovedAsync();

        var authorisedFirst = await PostAsync(EventBody(order, tamaraOrderId, "order_authorised"), ValidToken());
        var approvedLater = await PostAsync(EventBody(order, tamaraOrderId, "order_approved"), ValidToken());

        Assert.That((authorisedFirst, approvedLater), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.OK)));
        Assert.That(AuthoriseCalls(tamaraOrderId), Is.EqualTo(1));
        Assert.That(Nop.GetOrder(order.Id).PaymentStatus, Is.EqualTo(PaymentStatus.Authorized));
    }

    [Test]
    public async Task Declined_notification_for_an_authorised_order_never_cancels_it()
    {
        var (order, tamaraOrderId) = await PlaceApprovedAsync();
        await PostAsync(EventBody(order, tamaraOrderId, "order_approved"), ValidToken());

        var status = await PostAsync(EventBody(order, tamaraOrderId, "order_declined"), ValidToken());

        var stored = Nop.GetOrder(order.Id);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((stored.OrderStatus, stored.PaymentStatus), Is.EqualTo((OrderStatus.Pending, PaymentStatus.Authorized)));
    }

    [Test]
    public async Task Tamaras_own_notification_reaches_the_store_and_authorises_the_order()
    {
        var (order, tamaraOrderId) = await PlaceApprovedAsync(approve: false, tamaraNotifiesStore: true);

        Tamara.Approve(tamaraOrderId);
        await Tamara.WaitForNotificationsAsync();

        Assert.That(Nop.GetOrder(order.Id).PaymentStatus, Is.EqualTo(PaymentStatus.Authorized));
        Assert.That(Tamara.Notifications.Where(notification => notification.OrderId == tamaraOrderId).SelectMany(notification => notification.Attempts),
            Is.Not.Empty);
    }

    [Test]
    public async Task Notification_without_order_reference_finds_the_order_through_Tamara()
    {
        var (order, tamaraOrderId) = await PlaceApprovedAsync();
        var body = JsonConvert.SerializeObject(new { order_id = tamaraOrderId, order_status = "approved", data = Array.Empty<object>() });

        var status = await PostAsync(body, ValidToken());

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Nop.GetOrder(order.Id).PaymentStatus, Is.EqualTo(PaymentStatus.Authorized));
    }
}
