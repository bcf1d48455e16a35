using System.Net;
using Tamara.Emulator.Faults;
using Tamara.Emulator.Tests.Support;

namespace Tamara.Emulator.Tests.Faults;

public sealed class FaultInjectionTests : EmulatorTest
{
    [TestCase(FaultMode.InternalServerError, HttpStatusCode.InternalServerError)]
    [TestCase(FaultMode.Conflict, HttpStatusCode.Conflict)]
    [TestCase(FaultMode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable)]
    public async Task Next_calls_fail_with_the_injected_status_and_do_nothing_then_calls_succeed(FaultMode mode, HttpStatusCode expected)
    {
        var orderId = await ApprovedOrderAsync();
        Tamara.InjectFault(EmulatedEndpoint.Authorise, mode, count: 2);

        var first = await Api.PostAsync($"/orders/{orderId}/authorise", null);
        var second = await Api.PostAsync($"/orders/{orderId}/authorise", null);
        var statusBetween = Tamara.GetOrder(orderId).Status;
        var third = await Api.PostAsync($"/orders/{orderId}/authorise", null);

        Assert.That((first.StatusCode, second.StatusCode, third.StatusCode), Is.EqualTo((expected, expected, HttpStatusCode.OK)));
        Assert.That(first.Object["message"]!.GetValue<string>(), Does.Contain("Injected fault"));
        Assert.That(statusBetween, Is.EqualTo("approved"));
    }

    [Test]
    public async Task Fault_waits_for_a_call_of_its_own_endpoint()
    {
        var orderId = await ApprovedOrderAsync();
        Tamara.InjectFault(EmulatedEndpoint.Capture, FaultMode.InternalServerError);

        var details = await Api.GetAsync($"/merchants/orders/{orderId}");
        var authorise = await Api.PostAsync($"/orders/{orderId}/authorise", null);
        var capture = await Api.PostAsync("/payments/capture", CaptureBody(orderId, 10m));

        Assert.That((details.StatusCode, authorise.StatusCode, capture.StatusCode),
            Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.InternalServerError)));
    }

    [Test]
    public async Task Dropped_connection_gives_the_caller_no_answer_and_does_nothing()
    {
        var orderId = await ApprovedOrderAsync();
        Tamara.InjectFault(EmulatedEndpoint.Authorise, FaultMode.DropConnection);

        Assert.ThrowsAsync<HttpRequestException>(() => Api.PostAsync($"/orders/{orderId}/authorise", null));
        Assert.That(Tamara.GetOrder(orderId).Status, Is.EqualTo("approved"));
    }

    [Test]
    public async Task Lost_answer_gives_the_caller_no_answer_but_the_call_is_done()
    {
        var orderId = await ApprovedOrderAsync();
        Tamara.InjectFault(EmulatedEndpoint.Authorise, FaultMode.LoseAnswer);

        Assert.ThrowsAsync<HttpRequestException>(() => Api.PostAsync($"/orders/{orderId}/authorise", null));
        Assert.That(Tamara.GetOrder(orderId).Status, Is.EqualTo("authorised"));
    }

    [Test]
    public async Task Delayed_call_times_the_caller_out_but_is_done_all_the_same()
    {
        var orderId = await ApprovedOrderAsync();
        Tamara.InjectFault(EmulatedEndpoint.Authorise, FaultMode.Delay);
        using var impatient = TamaraApi.For(Tamara, timeout: TimeSpan.FromMilliseconds(300));

        Assert.ThrowsAsync<TaskCanceledException>(() => impatient.PostAsync($"/orders/{orderId}/authorise", null));

        await Tamara.DelayedCallsDoneAsync();
        Assert.That(Tamara.GetOrder(orderId).Status, Is.EqualTo("authorised"));
    }

    [Test]
    public async Task Delayed_call_is_done_before_its_answer_whose_headers_say_at_once_that_it_is_late()
    {
        var orderId = await ApprovedOrderAsync();
        Tamara.InjectFault(EmulatedEndpoint.Authorise, FaultMode.Delay, delay: TimeSpan.FromMinutes(5));
        using var request = new HttpRequestMessage(HttpMethod.Post, $"orders/{orderId}/authorise");

        using var response = await Api.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Headers.GetValues(TamaraEmulatorHost.LateAnswerHeader), Is.EqualTo(new[] { "300" }));
        Assert.That(Tamara.GetOrder(orderId).Status, Is.EqualTo("authorised"), "done before the answer is sent");
    }
}
