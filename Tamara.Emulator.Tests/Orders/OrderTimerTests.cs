using Tamara.Emulator.Tests.Support;

namespace Tamara.Emulator.Tests.Orders;

public sealed class OrderTimerTests : EmulatorTest
{
    [Test]
    public async Task New_order_is_still_open_after_29_minutes_and_expired_after_30()
    {
        var orderId = await Api.CreateOrderAsync(CheckoutRequests.Sar(NotificationUrl));

        Tamara.AdvanceClock(TimeSpan.FromMinutes(29));
        var before = Tamara.GetOrder(orderId).Status;
        Tamara.AdvanceClock(TimeSpan.FromMinutes(1));

        Assert.That(before, Is.EqualTo("new"));
        Assert.That(Tamara.GetOrder(orderId).Status, Is.EqualTo("expired"));
    }

    [Test]
    public async Task Approved_order_not_authorised_within_72_hours_expires_and_the_merchant_is_told()
    {
        var orderId = await ApprovedOrderAsync();

        Tamara.AdvanceClock(TimeSpan.FromHours(72));
        await Tamara.WaitForNotificationsAsync();

        Assert.That(Tamara.GetOrder(orderId).Status, Is.EqualTo("expired"));
        Assert.That((await Api.PostAsync($"/orders/{orderId}/authorise", null)).StatusCode, Is.EqualTo(System.Net.HttpStatusCode.Conflict));
        Assert.That(Tamara.Notifications.Select(notification => notification.EventType), Is.EqualTo(new[] { "order_approved", "order_expired" }));
    }

    [Test]
    public async Task Approved_order_authorised_at_71_hours_does_not_expire()
    {
        var orderId = await ApprovedOrderAsync();

        Tamara.AdvanceClock(TimeSpan.FromHours(71));
        await Api.PostAsync($"/orders/{orderId}/authorise", null);
        Tamara.AdvanceClock(TimeSpan.FromHours(2));

        Assert.That(Tamara.GetOrder(orderId).Status, Is.EqualTo("authorised"));
    }

    [Test]
    public async Task Authorised_order_is_auto_captured_after_21_days()
    {
        var orderId = await AuthorisedOrderAsync();

        Tamara.AdvanceClock(TimeSpan.FromDays(21) - TimeSpan.FromMinutes(1));
        var before = Tamara.GetOrder(orderId).Status;
        Tamara.AdvanceClock(TimeSpan.FromMinutes(1));

        var order = Tamara.GetOrder(orderId);
        Assert.That(before, Is.EqualTo("authorised"));
        Assert.That((order.Status, order.CapturedAmount, order.AutoCaptured), Is.EqualTo(("fully_captured", 287.07m, true)));
    }

    [Test]
    public async Task Auto_capture_after_21_days_takes_only_what_partial_captures_and_cancels_left()
    {
        var orderId = await AuthorisedOrderAsync();
        await Api.PostAsync($"/orders/{orderId}/cancel", new System.Text.Json.Nodes.JsonObject { ["total_amount"] = Money(7.07m) });
        await Api.PostAsync("/payments/capture", CaptureBody(orderId, 80m));

        Tamara.AdvanceClock(TimeSpan.FromDays(21));

        var order = Tamara.GetOrder(orderId);
        Assert.That((order.Status, order.CapturedAmount, order.CanceledAmount), Is.EqualTo(("fully_captured", 280m, 7.07m)));
    }

    [Test]
    public async Task Checkout_session_honours_expires_in_minutes()
    {
        var request = CheckoutRequests.Sar();
        request["expires_in_minutes"] = 10;
        var orderId = await Api.CreateOrderAsync(request);

        Tamara.AdvanceClock(TimeSpan.FromMinutes(10));

        Assert.That(Tamara.GetOrder(orderId).Status, Is.EqualTo("expired"));
    }
}
