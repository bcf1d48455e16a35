using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Tamara.Emulator.Tests.Support;

namespace Tamara.Emulator.Tests.Control;

/// <summary>The /_emulator/ endpoints a developer uses without a browser.</summary>
public sealed class ControlApiTests : EmulatorTest
{
    private async Task<JsonNode> ControlAsync(HttpMethod method, string path, JsonNode? body = null)
    {
        using var request = new HttpRequestMessage(method, $"{Tamara.BaseUrl}/_emulator/{path}")
        {
            Content = body is null ? null : JsonContent.Create(body)
        };
        using var response = await Api.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), text);
        return JsonNode.Parse(text)!;
    }

    [Test]
    public async Task Orders_are_listed_with_their_history()
    {
        var orderId = await AuthorisedOrderAsync();

        var orders = (await ControlAsync(HttpMethod.Get, "orders")).AsArray();

        var order = orders.Single()!;
        Assert.That(order["order_id"]!.GetValue<string>(), Is.EqualTo(orderId));
        Assert.That(order["history"]!.AsArray().Select(change => change!["to"]!.GetValue<string>()), Is.EqualTo(new[] { "new", "approved", "authorised" }));
    }

    [Test]
    public async Task Approve_decline_and_expire_work_without_a_browser()
    {
        var approved = await Api.CreateOrderAsync(CheckoutRequests.Sar());
        var declined = await Api.CreateOrderAsync(CheckoutRequests.Sar());
        var expired = await Api.CreateOrderAsync(CheckoutRequests.Sar());

        await ControlAsync(HttpMethod.Post, $"orders/{approved}/approve");
        await ControlAsync(HttpMethod.Post, $"orders/{declined}/decline");
        await ControlAsync(HttpMethod.Post, $"orders/{expired}/expire");

        Assert.That(new[] { approved, declined, expired }.Select(id => Tamara.GetOrder(id).Status), Is.EqualTo(new[] { "approved", "declined", "expired" }));
    }

    [Test]
    public async Task Clock_advance_crosses_the_timers()
    {
        var orderId = await Api.CreateOrderAsync(CheckoutRequests.Sar());
        var before = Tamara.Now;

        var answer = await ControlAsync(HttpMethod.Post, "clock/advance?minutes=31");

        Assert.That(answer["now"]!.GetValue<DateTimeOffset>(), Is.EqualTo(before.AddMinutes(31)));
        Assert.That(Tamara.GetOrder(orderId).Status, Is.EqualTo("expired"));
    }

    [Test]
    public async Task Notifications_are_listed_with_the_merchants_answers_once_settled()
    {
        Merchant.AnswerNext(500);
        await ApprovedOrderAsync();

        await ControlAsync(HttpMethod.Post, "notifications/wait?timeoutSeconds=30");
        var notification = (await ControlAsync(HttpMethod.Get, "notifications")).AsArray().Single()!;

        Assert.That(notification["event_type"]!.GetValue<string>(), Is.EqualTo("order_approved"));
        Assert.That(notification["state"]!.GetValue<string>(), Is.EqualTo("delivered"));
        Assert.That(notification["attempts"]!.AsArray().Select(attempt => attempt!["status_code"]!.GetValue<int>()), Is.EqualTo(new[] { 500, 200 }));
    }

    [Test]
    public async Task Fault_injected_over_http_answers_the_next_call()
    {
        await ControlAsync(HttpMethod.Post, "faults", new JsonObject { ["endpoint"] = "merchant-configs", ["mode"] = "503", ["count"] = 1 });

        var failed = await Api.GetAsync("/merchants/configs");
        var recovered = await Api.GetAsync("/merchants/configs");

        Assert.That((failed.StatusCode, recovered.StatusCode), Is.EqualTo((HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK)));
        Assert.That(recovered.Object["public_key"]!.GetValue<string>(), Is.EqualTo(Tamara.Options.PublicKey));
    }

    [Test]
    public async Task Faults_are_listed_with_the_names_post_takes_and_each_listing_can_be_posted_back()
    {
        var planned = new JsonObject { ["endpoint"] = "get-order", ["mode"] = "delay", ["count"] = 2, ["delay_seconds"] = 5.0 };
        await ControlAsync(HttpMethod.Post, "faults", planned);

        var listed = (await ControlAsync(HttpMethod.Get, "faults")).AsArray().Single()!;
        await ControlAsync(HttpMethod.Delete, "faults");
        await ControlAsync(HttpMethod.Post, "faults", listed.DeepClone());

        Assert.That(JsonNode.DeepEquals(listed, planned), Is.True, listed.ToJsonString());
        Assert.That(Tamara.Faults.Single().Delay, Is.EqualTo(TimeSpan.FromSeconds(5)));
    }

    [TestCase("500")]
    [TestCase("409")]
    [TestCase("503")]
    [TestCase("drop")]
    [TestCase("lose_answer")]
    public async Task Every_fault_mode_reads_back_as_it_was_written(string mode)
    {
        await ControlAsync(HttpMethod.Post, "faults", new JsonObject { ["endpoint"] = "capture", ["mode"] = mode });

        var listed = (await ControlAsync(HttpMethod.Get, "faults")).AsArray().Single()!;

        Assert.That((listed["endpoint"]!.GetValue<string>(), listed["mode"]!.GetValue<string>()), Is.EqualTo(("capture", mode)));
    }

    [Test]
    public async Task Dashboard_shows_every_amount_with_the_digits_of_its_currency()
    {
        var sar = await AuthorisedOrderAsync();
        await Api.PostAsync("/payments/capture", CaptureBody(sar, 100m));
        await Api.CreateOrderAsync(CheckoutRequests.Kwd());

        var page = await Api.Http.GetStringAsync($"{Tamara.BaseUrl}/_emulator/");

        Assert.That(page, Does.Contain(">287.07 SAR<").And.Contain(">100.00 SAR<").And.Contain(">0.00 SAR<"));
        Assert.That(page, Does.Contain(">26.925 KWD<").And.Contain(">0.000 KWD<"));
    }

    [Test]
    public async Task Settings_switch_auto_capture_at_authorise()
    {
        await ControlAsync(HttpMethod.Put, "settings", new JsonObject { ["auto_capture_at_authorise"] = true });
        var orderId = await ApprovedOrderAsync();

        var answer = await Api.PostAsync($"/orders/{orderId}/authorise", null);

        Assert.That(answer.Object["status"]!.GetValue<string>(), Is.EqualTo("fully_captured"));
    }

    [Test]
    public async Task Dashboard_lists_the_orders_with_a_link_to_their_checkout_page()
    {
        var orderId = await Api.CreateOrderAsync(CheckoutRequests.Sar());

        var page = await Api.Http.GetStringAsync($"{Tamara.BaseUrl}/_emulator/");

        Assert.That(page, Does.Contain(orderId).And.Contain($"/hosted/checkout/{Tamara.GetOrder(orderId).CheckoutId}"));
    }
}
