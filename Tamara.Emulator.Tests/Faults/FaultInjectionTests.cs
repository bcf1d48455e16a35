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
        Tamara.InjectFault(EmulatedEndpoint.Authorise, FaultMode.Delay, delay: TimeSpan.FromSeconds(2));
        using var impatient = TamaraApi.For(Tamara, timeout: TimeSpan.FromMilliseconds(300));

        Assert.ThrowsAsync<TaskCanceledException>(() => impatient.PostAsync($"/orders/{orderId}/authorise", null));

        await Tamara.DelayedCallsDoneAsync();
        Assert.That(Tamara.GetOrder(orderId).Status, Is.EqualTo("authorised"));
    }

    [Test]
    public async Task Delayed_calls_done_waits_for_the_call_still_held_and_is_done_at_once_when_none_is()
    {
        var orderId = await ApprovedOrderAsync();
        Assert.That(Tamara.DelayedCallsDoneAsync().IsCompleted, Is.True, "nothing held");
        Tamara.InjectFault(EmulatedEndpoint.Authorise, FaultMode.Delay, delay: TimeSpan.FromMilliseconds(500));
        using var impatient = TamaraApi.For(Tamara, timeout: TimeSpan.FromMilliseconds(100));

        Assert.ThrowsAsync<TaskCanceledException>(() => impatient.PostAsync($"/orders/{orderId}/authorise", null));
        var held = Tamara.DelayedCallsDoneAsync();
        var stillHeld = !held.IsCompleted;
        await held;

        Assert.That(stillHeld, Is.True, "the call was still held when its caller gave up");
        Assert.That(Tamara.GetOrder(orderId).Status, Is.EqualTo("authorised"));
    }
}
