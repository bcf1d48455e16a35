using System.Text.Json.Nodes;
using Tamara.Emulator.Faults;
using Tamara.Emulator.Infrastructure;
using Tamara.Emulator.Webhooks;

namespace Tamara.Emulator.Endpoints;

/// <summary>GET /merchants/configs and webhook management under /webhooks.</summary>
internal static class MerchantEndpoints
{
    #region Utilities

    private static IResult Configs(TamaraEmulatorOptions options) => TamaraJson.Answer(new JsonObject
    {
        ["merchant_name"] = "Tamara Emulator Merchant",
        ["public_key"] = options.PublicKey,
        ["single_checkout_enabled"] = options.SingleCheckoutEnabled
    });

    private static async Task<IResult> RegisterAsync(HttpRequest request, WebhookRegistry webhooks)
    {
        var webhook = webhooks.Register(await TamaraJson.ReadObjectAsync(request));
        return TamaraJson.Answer(new JsonObject { ["webhook_id"] = webhook.WebhookId });
    }

    private static IResult List(WebhookRegistry webhooks) =>
        TamaraJson.Answer(new JsonArray(webhooks.List().Select(webhook => (JsonNode?)webhook.ToJson()).ToArray()));

    private static IResult Get(string webhookId, WebhookRegistry webhooks) => TamaraJson.Answer(webhooks.Get(webhookId).ToJson());

    private static async Task<IResult> UpdateAsync(string webhookId, HttpRequest request, WebhookRegistry webhooks) =>
        TamaraJson.Answer(webhooks.Update(webhookId, await TamaraJson.ReadObjectAsync(request)).ToJson());

    private static IResult Delete(string webhookId, WebhookRegistry webhooks)
    {
        webhooks.Delete(webhookId);
        return TamaraJson.Answer(new JsonObject { ["webhook_id"] = webhookId, ["message"] = "Webhook was deleted successfully" });
    }

    #endregion

    #region Methods

    public static void Map(IEndpointRouteBuilder app)
    {
        var tag = new EndpointTag(EmulatedEndpoint.Webhooks);
        app.MapGet("/merchants/configs", Configs).WithMetadata(new EndpointTag(EmulatedEndpoint.MerchantConfigs));
        app.MapPost("/webhooks", RegisterAsync).WithMetadata(tag);
        app.MapGet("/webhooks", List).WithMetadata(tag);
        app.MapGet("/webhooks/{webhookId}", Get).WithMetadata(tag);
        app.MapPut("/webhooks/{webhookId}", UpdateAsync).WithMetadata(tag);
        app.MapDelete("/webhooks/{webhookId}", Delete).WithMetadata(tag);
    }

    #endregion
}
