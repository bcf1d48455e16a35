using System.Net;
using System.Text.Json.Nodes;
using Tamara.Emulator.Control;
using Tamara.Emulator.Notifications;
using Tamara.Emulator.Tests.Support;

namespace Tamara.Emulator.Tests.Notifications;

public sealed class NotificationTests : EmulatorTest
{
    private async Task<IReadOnlyList<ReceivedNotification>> ReceivedAfterSettlingAsync()
    {
        await Tamara.WaitForNotificationsAsync();
        return Merchant.Received;
    }

    private static string EventOf(ReceivedNotification notification) =>
        JsonNode.Parse(notification.Body)!["event_type"]!.GetValue<string>();

    private static string StatusOf(ReceivedNotification notification) =>
        JsonNode.Parse(notification.Body)!["order_status"]!.GetValue<string>();

    private static readonly string[] _orderStatusFields = ["data", "order_id", "order_reference_id", "order_status"];
    private static readonly string[] _eventTypeFields = ["data", "event_type", "order_id", "order_number", "order_reference_id"];

    private async Task<NotificationReceiver> WebhookReceiverForAsync(string eventName)
    {
        var receiver = await NotificationReceiver.StartAsync();
        await Api.PostAsync("/webhooks", new JsonObject
        {
            ["type"] = "order",
            ["events"] = new JsonArray(eventName),
            ["url"] = $"{receiver.BaseUrl}/hooks/tamara"
        });
        return receiver;
    }

    [Test]
    public async Task Approval_is_posted_to_the_notification_url_in_the_order_status_shape()
    {
        var orderId = await ApprovedOrderAsync();

        var received = await ReceivedAfterSettlingAsync();

        Assert.That(received, Has.Count.EqualTo(1));
        Assert.That(received[0].Path, Is.EqualTo("/tamara/webhook"));
        var payload = JsonNode.Parse(received[0].Body)!.AsObject();
        Assert.That(Seeds.FieldsOf(payload), Is.EqualTo(_orderStatusFields));
        Assert.That(payload["order_status"]!.GetValue<string>(), Is.EqualTo("approved"));
        Assert.That(payload["order_id"]!.GetValue<string>(), Is.EqualTo(orderId));
    }

    [Test]
    public async Task Same_change_reaches_the_notification_url_as_order_status_and_a_webhook_as_event_type()
    {
        await using var webhookReceiver = await WebhookReceiverForAsync("order_approved");
        await ApprovedOrderAsync();

        var toNotificationUrl = JsonNode.Parse((await ReceivedAfterSettlingAsync()).Single().Body)!.AsObject();
        var toWebhook = JsonNode.Parse(webhookReceiver.Received.Single().Body)!.AsObject();

        Assert.That(Seeds.FieldsOf(toNotificationUrl), Is.EqualTo(_orderStatusFields));
        Assert.That(Seeds.FieldsOf(toWebhook), Is.EqualTo(_eventTypeFields));
        Assert.That(toWebhook["event_type"]!.GetValue<string>(), Is.EqualTo("order_approved"));
    }

    [TestCase(NotificationShape.EventType)]
    [TestCase(NotificationShape.OrderStatus)]
    public async Task Forced_shape_is_sent_on_both_channels(NotificationShape shape)
    {
        Tamara.ChangeSettings(new EmulatorSettings(NotificationShape: shape));
        await using var webhookReceiver = await WebhookReceiverForAsync("order_approved");
        await ApprovedOrderAsync();

        var toNotificationUrl = JsonNode.Parse((await ReceivedAfterSettlingAsync()).Single().Body)!.AsObject();
        var toWebhook = JsonNode.Parse(webhookReceiver.Received.Single().Body)!.AsObject();

        var expected = shape == NotificationShape.EventType ? _eventTypeFields : _orderStatusFields;
        Assert.That(Seeds.FieldsOf(toNotificationUrl), Is.EqualTo(expected));
        Assert.That(Seeds.FieldsOf(toWebhook), Is.EqualTo(expected));
    }

    [Test]
    public async Task Token_is_the_same_in_the_header_and_the_query_and_is_signed_with_the_notification_token()
    {
        await ApprovedOrderAsync();

        var received = (await ReceivedAfterSettlingAsync())[0];
        var headerToken = received.Authorization!["Bearer ".Length..];

        Assert.That(received.Authorization, Does.StartWith("Bearer "));
        Assert.That(received.QueryToken, Is.EqualTo(headerToken));
        Assert.That(JwtReader.HasValidSignature(headerToken, Tamara.NotificationToken), Is.True);
        Assert.That(JwtReader.HasValidSignature(headerToken, "another-merchants-token"), Is.False);
    }

    [Test]
    public async Task Token_has_an_hs256_jwt_header_and_only_the_tamara_claims_with_a_short_lifetime()
    {
        await ApprovedOrderAsync();

        var token = (await ReceivedAfterSettlingAsync())[0].QueryToken!;
        var header = JwtReader.Part(token, 0);
        var claims = JwtReader.Part(token, 1);
        var issuedAt = claims["iat"]!.GetValue<long>();
        var expires = claims["exp"]!.GetValue<long>();

        Assert.That(header.ToJsonString(), Is.EqualTo("""{"alg":"HS256","typ":"JWT"}"""));
        Assert.That(Seeds.FieldsOf(claims), Is.EqualTo(new[] { "exp", "iat", "iss" }));
        Assert.That(claims["iss"]!.GetValue<string>(), Is.EqualTo("Tamara"));
        Assert.That(expires - issuedAt, Is.InRange(15 * 60, 30 * 60));
        Assert.That(DateTimeOffset.FromUnixTimeSeconds(expires), Is.GreaterThan(DateTimeOffset.UtcNow));
    }

    [Test]
    public async Task Token_is_appended_with_an_ampersand_when_the_notification_url_has_a_query()
    {
        var orderId = await Api.CreateOrderAsync(CheckoutRequests.Sar($"{Merchant.BaseUrl}/tamara/webhook?store=2"));
        Tamara.Approve(orderId);

        var received = (await ReceivedAfterSettlingAsync())[0];

        Assert.That(received.Query, Does.StartWith("?store=2&tamaraToken="));
    }

    [Test]
    public async Task Every_status_change_of_the_journey_is_notified_in_order()
    {
        var orderId = await AuthorisedOrderAsync();
        await Api.PostAsync("/payments/capture", CaptureBody(orderId, 100m));
        await Api.PostAsync($"/payments/simplified-refund/{orderId}", new JsonObject { ["total_amount"] = Money(10m), ["comment"] = "Sorry" });

        var statuses = (await ReceivedAfterSettlingAsync()).Select(StatusOf);

        Assert.That(statuses, Is.EqualTo(new[] { "approved", "authorised", "partially_captured", "partially_refunded" }));
    }

    [Test]
    public async Task Declined_and_expired_sessions_are_notified_too()
    {
        var declined = await Api.CreateOrderAsync(CheckoutRequests.Sar(NotificationUrl));
        var expired = await Api.CreateOrderAsync(CheckoutRequests.Sar(NotificationUrl));

        Tamara.Decline(declined);
        Tamara.AdvanceClock(TimeSpan.FromMinutes(30));
        var received = await ReceivedAfterSettlingAsync();

        var events = received.Select(notification => JsonNode.Parse(notification.Body)!)
            .Select(payload => (payload["order_id"]!.GetValue<string>(), payload["order_status"]!.GetValue<string>()));
        Assert.That(events, Is.EqualTo(new[] { (declined, "declined"), (expired, "expired") }));
    }

    [Test]
    public async Task Failed_delivery_is_retried_until_the_merchant_answers_2xx()
    {
        Merchant.AnswerNext(500, 503);
        await ApprovedOrderAsync();

        var received = await ReceivedAfterSettlingAsync();
        var record = Tamara.Notifications.Single();

        Assert.That(received, Has.Count.EqualTo(3));
        Assert.That(record.Attempts.Select(attempt => attempt.StatusCode), Is.EqualTo(new int?[] { 500, 503, 200 }));
        Assert.That(record.State, Is.EqualTo(DeliveryState.Delivered));
        Assert.That(received.All(notification => JwtReader.HasValidSignature(notification.QueryToken!, Tamara.NotificationToken)), Is.True);
    }

    [Test]
    public async Task Delivery_gives_up_after_the_configured_attempts_and_says_so()
    {
        Merchant.AnswerNext(500, 500, 500, 500, 500);
        await ApprovedOrderAsync();

        await Tamara.WaitForNotificationsAsync();
        var record = Tamara.Notifications.Single();

        Assert.That(record.State, Is.EqualTo(DeliveryState.Failed));
        Assert.That(record.Attempts, Has.Count.EqualTo(5));
    }

    [Test]
    public async Task Unreachable_receiver_is_recorded_with_the_transport_error()
    {
        var orderId = await Api.CreateOrderAsync(CheckoutRequests.Sar("http://127.0.0.1:9/unreachable"));
        Tamara.Approve(orderId);

        await Tamara.WaitForNotificationsAsync();
        var record = Tamara.Notifications.Single();

        Assert.That(record.State, Is.EqualTo(DeliveryState.Failed));
        Assert.That(record.Attempts.All(attempt => attempt.StatusCode is null && attempt.Error is not null), Is.True);
    }

    [Test]
    public async Task Duplicate_switch_delivers_every_notification_twice()
    {
        Tamara.ChangeSettings(new EmulatorSettings(DuplicateNotifications: true));
        await ApprovedOrderAsync();

        var received = await ReceivedAfterSettlingAsync();

        Assert.That(received.Select(StatusOf), Is.EqualTo(new[] { "approved", "approved" }));
    }

    [Test]
    public async Task Reorder_switch_delivers_the_newer_notification_first()
    {
        Tamara.ChangeSettings(new EmulatorSettings(ReorderNotifications: true));
        await AuthorisedOrderAsync();

        var received = await ReceivedAfterSettlingAsync();

        Assert.That(received.Select(StatusOf), Is.EqualTo(new[] { "authorised", "approved" }));
    }

    [Test]
    public async Task Registered_webhook_receives_only_its_events_with_its_headers()
    {
        await using var webhookReceiver = await NotificationReceiver.StartAsync();
        var registration = await Api.PostAsync("/webhooks", new JsonObject
        {
            ["type"] = "order",
            ["events"] = new JsonArray("order_authorised"),
            ["url"] = $"{webhookReceiver.BaseUrl}/hooks/tamara",
            ["headers"] = new JsonObject { ["X-Store"] = "main" }
        });

        await AuthorisedOrderAsync();
        await Tamara.WaitForNotificationsAsync();

        Assert.That(registration.Object["webhook_id"]!.GetValue<string>(), Is.Not.Empty);
        var received = webhookReceiver.Received;
        Assert.That(received.Select(EventOf), Is.EqualTo(new[] { "order_authorised" }));
        Assert.That(received[0].Headers["X-Store"], Is.EqualTo("main"));
        Assert.That(JwtReader.HasValidSignature(received[0].QueryToken!, Tamara.NotificationToken), Is.True);
    }

    [Test]
    public async Task Registering_the_same_url_twice_answers_webhook_already_registered_with_the_existing_id()
    {
        var body = new JsonObject { ["type"] = "order", ["events"] = new JsonArray("order_approved"), ["url"] = NotificationUrl };
        var first = await Api.PostAsync("/webhooks", body);

        var second = await Api.PostAsync("/webhooks", body.DeepClone());

        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(second.ErrorCodes, Is.EqualTo(new[] { "webhook_already_registered" }));
        Assert.That(second.Object["errors"]![0]!["data"]!["webhook_id"]!.GetValue<string>(), Is.EqualTo(first.Object["webhook_id"]!.GetValue<string>()));
    }

    [Test]
    public async Task Webhook_can_be_read_changed_and_deleted()
    {
        var webhookId = (await Api.PostAsync("/webhooks", new JsonObject
        {
            ["type"] = "order", ["events"] = new JsonArray("order_approved"), ["url"] = NotificationUrl
        })).Object["webhook_id"]!.GetValue<string>();

        var updated = await Api.PutAsync($"/webhooks/{webhookId}", new JsonObject
        {
            ["type"] = "order", ["events"] = new JsonArray("order_approved", "order_captured"), ["url"] = NotificationUrl
        });
        var read = await Api.GetAsync($"/webhooks/{webhookId}");
        var list = await Api.GetAsync("/webhooks");
        var deleted = await Api.DeleteAsync($"/webhooks/{webhookId}");
        var gone = await Api.GetAsync($"/webhooks/{webhookId}");

        Assert.That(updated.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(read.Object["events"]!.AsArray().Select(name => name!.GetValue<string>()), Is.EqualTo(new[] { "order_approved", "order_captured" }));
        Assert.That(list.Body!.AsArray().Select(webhook => webhook!["webhook_id"]!.GetValue<string>()), Is.EqualTo(new[] { webhookId }));
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(gone.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
