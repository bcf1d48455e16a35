using System.Collections.Concurrent;
using System.Net;
using Tamara.Emulator.Tests.Support;

namespace Tamara.Emulator.Tests.Notifications;

/// <summary>Notifications handed to an in-memory handler (a TestServer's, in the plugin's tests) instead of the network.</summary>
public sealed class InMemoryNotificationTests
{
    private sealed class RecordingHandler : HttpMessageHandler
    {
        public ConcurrentQueue<(Uri Url, string? Authorization, string Body)> Requests { get; } = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Enqueue((request.RequestUri!, request.Headers.Authorization?.ToString(), await request.Content!.ReadAsStringAsync(cancellationToken)));
            return new HttpResponseMessage(HttpStatusCode.OK);
        }
    }

    private sealed class SilentHandler : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            return new HttpResponseMessage(HttpStatusCode.OK);
        }
    }

    [Test]
    public async Task Waiting_for_a_receiver_that_never_answers_fails_saying_what_is_still_being_delivered()
    {
        using var handler = new SilentHandler();
        await using var tamara = await TamaraEmulatorHost.StartAsync(new TamaraEmulatorOptions { FreezeClock = true, NotificationHandler = handler });
        using var api = TamaraApi.For(tamara);
        var orderId = await api.CreateOrderAsync(CheckoutRequests.Sar("http://store.test/tamara/webhook"));

        tamara.Approve(orderId);

        var exception = Assert.ThrowsAsync<TimeoutException>(() => tamara.WaitForNotificationsAsync(TimeSpan.FromMilliseconds(100)));
        Assert.That(exception!.Message, Is.EqualTo("1 notification(s) still being delivered after 0.1 s"));
    }

    [Test]
    public async Task Notification_goes_through_the_given_handler_with_its_token()
    {
        using var handler = new RecordingHandler();
        await using var tamara = await TamaraEmulatorHost.StartAsync(new TamaraEmulatorOptions { FreezeClock = true, NotificationHandler = handler });
        using var api = TamaraApi.For(tamara);
        var orderId = await api.CreateOrderAsync(CheckoutRequests.Sar("http://store.test/tamara/webhook"));

        tamara.Approve(orderId);
        await tamara.WaitForNotificationsAsync();

        var (url, authorization, body) = handler.Requests.Single();
        Assert.That(url.GetLeftPart(UriPartial.Path), Is.EqualTo("http://store.test/tamara/webhook"));
        Assert.That(authorization, Is.EqualTo($"Bearer {System.Web.HttpUtility.ParseQueryString(url.Query)["tamaraToken"]}"));
        Assert.That(body, Does.Contain(orderId));
    }
}
