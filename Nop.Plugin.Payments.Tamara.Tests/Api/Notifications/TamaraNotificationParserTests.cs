using NUnit.Framework;
using Nop.Plugin.Payments.Tamara.Api.Models;
using Nop.Plugin.Payments.Tamara.Api.Notifications;

namespace Nop.Plugin.Payments.Tamara.Tests.Api.Notifications;

[TestFixture]
public class TamaraNotificationParserTests
{
    [Test]
    public void Order_status_shape_with_empty_data_array_is_read()
    {
        var parsed = TamaraNotificationParser.TryParse("""
            { "order_id": "f56a3123-9e23-45e4-87a2-95366d3b0bca", "order_reference_id": "1042", "order_status": "approved", "data": [] }
            """, out var notification);

        Assert.That(parsed, Is.True);
        Assert.Multiple(() =>
        {
            Assert.That(notification!.OrderId, Is.EqualTo("f56a3123-9e23-45e4-87a2-95366d3b0bca"));
            Assert.That(notification.OrderReferenceId, Is.EqualTo("1042"));
            Assert.That(notification.OrderNumber, Is.Null);
            Assert.That(notification.OrderStatus, Is.EqualTo(TamaraOrderStatus.Approved));
            Assert.That(notification.Event, Is.EqualTo(TamaraNotificationEvent.Approved));
            Assert.That(notification.EventName, Is.EqualTo("approved"));
            Assert.That(notification.Data, Is.Empty);
        });
    }

    [Test]
    public void Event_type_shape_with_data_object_is_read()
    {
        var parsed = TamaraNotificationParser.TryParse("""
            {
              "order_id": "f56a3123-9e23-45e4-87a2-95366d3b0bca",
              "order_reference_id": "1042",
              "order_number": "S1042",
              "event_type": "order_captured",
              "data": { "capture_id": "bd10fc2c", "captured_amount": { "amount": 230, "currency": "SAR" }, "is_full": false }
            }
            """, out var notification);

        Assert.That(parsed, Is.True);
        Assert.Multiple(() =>
        {
            Assert.That(notification!.OrderNumber, Is.EqualTo("S1042"));
            Assert.That(notification.OrderStatus, Is.Null);
            Assert.That(notification.Event, Is.EqualTo(TamaraNotificationEvent.Captured));
            Assert.That(notification.EventName, Is.EqualTo("order_captured"));
            Assert.That(notification.Data["capture_id"], Is.EqualTo("bd10fc2c"));
            Assert.That(notification.Data["is_full"], Is.EqualTo("False"));
            Assert.That(notification.Data["captured_amount"], Is.EqualTo("""{"amount":230,"currency":"SAR"}"""));
        });
    }

    [TestCase("order_approved", TamaraNotificationEvent.Approved)]
    [TestCase("order_declined", TamaraNotificationEvent.Declined)]
    [TestCase("order_authorised", TamaraNotificationEvent.Authorised)]
    [TestCase("order_canceled", TamaraNotificationEvent.Canceled)]
    [TestCase("order_captured", TamaraNotificationEvent.Captured)]
    [TestCase("order_refunded", TamaraNotificationEvent.Refunded)]
    [TestCase("order_expired", TamaraNotificationEvent.Expired)]
    [TestCase("order_updated", TamaraNotificationEvent.Updated)]
    [TestCase("order_on_hold", TamaraNotificationEvent.OnHold)]
    [TestCase("order_teleported", TamaraNotificationEvent.Unknown)]
    public void Each_event_type_maps_to_its_event(string eventType, TamaraNotificationEvent expected)
    {
        TamaraNotificationParser.TryParse($$"""{ "order_id": "o", "event_type": "{{eventType}}", "data": [] }""", out var notification);

        Assert.That(notification!.Event, Is.EqualTo(expected));
    }

    [TestCase("declined", TamaraNotificationEvent.Declined)]
    [TestCase("authorised", TamaraNotificationEvent.Authorised)]
    [TestCase("fully_captured", TamaraNotificationEvent.Captured)]
    [TestCase("partially_refunded", TamaraNotificationEvent.Refunded)]
    [TestCase("expired", TamaraNotificationEvent.Expired)]
    public void Each_order_status_maps_to_its_event(string orderStatus, TamaraNotificationEvent expected)
    {
        TamaraNotificationParser.TryParse($$"""{ "order_id": "o", "order_status": "{{orderStatus}}" }""", out var notification);

        Assert.That(notification!.Event, Is.EqualTo(expected));
    }

    [TestCase("")]
    [TestCase("not json")]
    [TestCase("[]")]
    [TestCase("""{ "order_status": "approved" }""")]
    [TestCase("""{ "order_id": "", "order_status": "approved" }""")]
    [TestCase("""{ "order_id": "o", "data": {} }""")]
    [TestCase("""{ "order_id": "o", "order_status": "approved" """)]
    public void Bad_payload_is_refused_without_throwing(string body)
    {
        var parsed = TamaraNotificationParser.TryParse(body, out var notification);

        Assert.That(parsed, Is.False);
        Assert.That(notification, Is.Null);
    }
}
