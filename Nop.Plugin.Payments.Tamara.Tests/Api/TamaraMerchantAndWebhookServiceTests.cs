using NUnit.Framework;
using Nop.Plugin.Payments.Tamara.Api;
using Nop.Plugin.Payments.Tamara.Api.Models;
using Nop.Plugin.Payments.Tamara.Tests.Support;

namespace Nop.Plugin.Payments.Tamara.Tests.Api;

[TestFixture]
public class TamaraMerchantAndWebhookServiceTests : TamaraApiTestBase
{
    private const string WebhookId = "8d3b4a2c-7a49-4f0c-9a7e-5f0e4a1c2b3d";

    private static WebhookRequest Registration() => new()
    {
        Url = "https://shop.example/Plugins/Tamara/Webhook",
        Events = [TamaraWebhookEvents.OrderApproved, TamaraWebhookEvents.OrderDeclined],
        Headers = new Dictionary<string, string> { ["X-Store"] = "1" }
    };

    [Test]
    public async Task Merchant_configs_give_the_public_key()
    {
        Server.Script("GET", "/merchants/configs", ScriptedReply.Json(200, """{ "public_key": "pk-3b1f", "single_checkout_enabled": true, "merchant_name": "Shop" }"""));

        var configs = await CreateClient().Merchant.GetConfigsAsync();

        Assert.That(configs.PublicKey, Is.EqualTo("pk-3b1f"));
        Assert.That(configs.SingleCheckoutEnabled, Is.True);
    }

    [Test]
    public async Task Webhook_registration_sends_type_url_events_and_headers_and_returns_the_new_id()
    {
        Server.Script("POST", "/webhooks", ScriptedReply.Json(200, $$"""{ "webhook_id": "{{WebhookId}}" }"""));

        var registration = await CreateClient().Webhooks.RegisterAsync(Registration());

        AssertSameJson(SingleRequest().Body, """
            { "type": "order", "url": "https://shop.example/Plugins/Tamara/Webhook", "events": ["order_approved", "order_declined"], "headers": { "X-Store": "1" } }
            """);
        Assert.That(registration, Is.EqualTo(new WebhookRegistration(WebhookId, false)));
    }

    [TestCase(400)]
    [TestCase(409)]
    [TestCase(422)]
    public async Task Webhook_already_registered_counts_as_success_with_the_existing_id(int statusCode)
    {
        Server.Script("POST", "/webhooks", ScriptedReply.Json(statusCode, $$"""
            { "message": "Webhook already registered", "errors": [ { "error_code": "webhook_already_registered", "data": { "webhook_id": "{{WebhookId}}" } } ] }
            """));

        var registration = await CreateClient().Webhooks.RegisterAsync(Registration());

        Assert.That(registration, Is.EqualTo(new WebhookRegistration(WebhookId, true)));
    }

    [Test]
    public void Webhook_registration_refused_for_another_reason_throws()
    {
        Server.Script("POST", "/webhooks", ScriptedReply.Json(400, """{ "message": "Invalid url", "errors": [ { "error_code": "invalid_url" } ] }"""));

        var exception = Assert.ThrowsAsync<TamaraApiException>(() => CreateClient().Webhooks.RegisterAsync(Registration()));

        Assert.That(exception!.ErrorCodes, Is.EqualTo(new[] { "invalid_url" }));
    }

    [Test]
    public async Task Webhook_is_read_updated_and_deleted_by_id()
    {
        const string webhookJson = $$"""
            { "webhook_id": "{{WebhookId}}", "type": "order", "url": "https://shop.example/Plugins/Tamara/Webhook", "events": ["order_approved"], "headers": { "X-Store": "1" } }
            """;
        Server.Script("GET", $"/webhooks/{WebhookId}", ScriptedReply.Json(200, webhookJson));
        Server.Script("PUT", $"/webhooks/{WebhookId}", ScriptedReply.Json(200, webhookJson));
        Server.Script("DELETE", $"/webhooks/{WebhookId}", ScriptedReply.Empty(204));
        var client = CreateClient();

        var read = await client.Webhooks.GetAsync(WebhookId);
        var updated = await client.Webhooks.UpdateAsync(WebhookId, Registration());
        await client.Webhooks.DeleteAsync(WebhookId);

        Assert.That(Server.Requests.Select(request => $"{request.Method} {request.Path}"), Is.EqualTo(new[]
        {
            $"GET /webhooks/{WebhookId}", $"PUT /webhooks/{WebhookId}", $"DELETE /webhooks/{WebhookId}"
        }));
        AssertSameJson(Server.Requests[1].Body, """
            { "type": "order", "url": "https://shop.example/Plugins/Tamara/Webhook", "events": ["order_approved", "order_declined"], "headers": { "X-Store": "1" } }
            """);
        Assert.That(read.Url, Is.EqualTo("https://shop.example/Plugins/Tamara/Webhook"));
        Assert.That(read.Events, Is.EqualTo(new[] { "order_approved" }));
        Assert.That(read.Headers!["X-Store"], Is.EqualTo("1"));
        Assert.That(updated.WebhookId, Is.EqualTo(WebhookId));
    }

    [TestCase("""{ "message": "Webhook deleted" }""")]
    [TestCase("""[]""")]
    [TestCase("""true""")]
    public void Webhook_delete_accepts_any_json_answer(string answer)
    {
        Server.Script("DELETE", $"/webhooks/{WebhookId}", ScriptedReply.Json(200, answer));

        Assert.DoesNotThrowAsync(() => CreateClient().Webhooks.DeleteAsync(WebhookId));
    }

    [Test]
    public async Task Webhook_update_with_an_empty_answer_keeps_the_id()
    {
        Server.Script("PUT", $"/webhooks/{WebhookId}", ScriptedReply.Empty(200));

        var updated = await CreateClient().Webhooks.UpdateAsync(WebhookId, Registration());

        Assert.That(updated.WebhookId, Is.EqualTo(WebhookId));
    }
}
