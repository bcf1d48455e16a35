using Nop.Plugin.Payments.Tamara.Api.Models;
using Nop.Plugin.Payments.Tamara.Api.Notifications;
using Tamara.Emulator.Control;

namespace Tamara.Emulator.Tests.Client;

/// <summary>The emulator's notifications as the plugin reads them: its verifier and its parser.</summary>
public sealed class PluginNotificationTests : PluginClientTest
{
    private readonly TamaraTokenVerifier _verifier = new(TimeProvider.System);

    [Test]
    public async Task Plugins_verifier_accepts_the_token_from_the_header_and_from_the_query()
    {
        await ApprovedThroughClientAsync();
        await Tamara.WaitForNotificationsAsync();

        var received = Merchant.Received.Single();

        Assert.That(_verifier.Verify(received.Authorization, null, Tamara.NotificationToken).IsValid, Is.True);
        Assert.That(_verifier.Verify(null, received.QueryToken, Tamara.NotificationToken).IsValid, Is.True);
        Assert.That(_verifier.Verify(received.Authorization, received.QueryToken, "another-merchants-token").IsValid, Is.False);
    }

    [Test]
    public async Task Plugins_parser_reads_the_event_type_shape()
    {
        Tamara.ChangeSettings(new EmulatorSettings(NotificationShape: NotificationShape.EventType));
        var orderId = await ApprovedThroughClientAsync();
        await Tamara.WaitForNotificationsAsync();

        var parsed = TamaraNotificationParser.TryParse(Merchant.Received.Single().Body, out var notification);

        Assert.That(parsed, Is.True);
        Assert.That((notification!.OrderId, notification.Event, notification.OrderNumber), Is.EqualTo((orderId, TamaraNotificationEvent.Approved, "1001")));
    }

    [Test]
    public async Task Plugins_parser_reads_the_order_status_shape_the_notification_url_gets()
    {
        var orderId = await ApprovedThroughClientAsync();
        await Tamara.WaitForNotificationsAsync();

        TamaraNotificationParser.TryParse(Merchant.Received.Single().Body, out var notification);

        Assert.That((notification!.OrderId, notification.OrderStatus, notification.Event),
            Is.EqualTo((orderId, (TamaraOrderStatus?)TamaraOrderStatus.Approved, TamaraNotificationEvent.Approved)));
    }

    [Test]
    public async Task Plugins_parser_reads_the_capture_data_object()
    {
        var orderId = await ApprovedThroughClientAsync();
        await Client.Orders.AuthoriseAsync(orderId);
        var capture = await Client.Payments.CaptureAsync(Capture(orderId, 100m));
        await Tamara.WaitForNotificationsAsync();

        var captured = Merchant.Received.Select(received => TamaraNotificationParser.TryParse(received.Body, out var notification) ? notification : null)
            .Single(notification => notification!.Event == TamaraNotificationEvent.Captured)!;

        Assert.That(captured.Data["capture_id"], Is.EqualTo(capture.CaptureId));
    }
}
