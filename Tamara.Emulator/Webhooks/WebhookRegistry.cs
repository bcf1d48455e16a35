using System.Net;
using System.Text.Json.Nodes;
using Tamara.Emulator.Infrastructure;
using Tamara.Emulator.Orders;

namespace Tamara.Emulator.Webhooks;

/// <summary>A merchant webhook: where to POST which events, with which extra headers.</summary>
internal sealed record Webhook(string WebhookId, string Type, string Url, IReadOnlyList<string> Events, IReadOnlyDictionary<string, string> Headers)
{
    public JsonObject ToJson()
    {
        var headers = new JsonObject();
        foreach (var (name, value) in Headers)
            headers[name] = value;

        return new JsonObject
        {
            ["webhook_id"] = WebhookId,
            ["type"] = Type,
            ["url"] = Url,
            ["events"] = new JsonArray(Events.Select(name => (JsonNode?)JsonValue.Create(name)).ToArray()),
            ["headers"] = headers
        };
    }
}

/// <summary>The webhooks of POST/GET/PUT/DELETE /webhooks. One registration per URL, as Tamara does.</summary>
internal sealed class WebhookRegistry
{
    #region Fields

    private readonly object _sync = new();
    private readonly List<Webhook> _webhooks = [];

    #endregion

    #region Utilities

    private static Webhook Read(JsonObject body, string webhookId)
    {
        var validation = new RequestValidation();
        var type = validation.String(body, "type", "type", required: false) ?? "order";
        var url = validation.String(body, "url", "url", required: true, maxLength: 255);
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            validation.Add("url_invalid", "url", "url must be an absolute http or https URL");

        var events = new List<string>();
        if (body["events"] is JsonArray eventArray && eventArray.Count > 0)
        {
            foreach (var node in eventArray)
            {
                var name = node?.GetValueKind() == System.Text.Json.JsonValueKind.String ? node.GetValue<string>() : null;
                if (name is null || !OrderStatuses.Events.Contains(name))
                    validation.Add("events_invalid", "events", $"Unknown event {node?.ToJsonString()}; known: {string.Join(", ", OrderStatuses.Events)}");
                else
                    events.Add(name);
            }
        }
        else
            validation.Add("events_is_required", "events", "events must list at least one event");

        var headers = new Dictionary<string, string>();
        if (body["headers"] is JsonObject headerObject)
        {
            foreach (var (name, value) in headerObject)
                headers[name] = value?.ToString() ?? string.Empty;
        }

        validation.ThrowIfAny();
        return new Webhook(webhookId, type, url!, events, headers);
    }

    private Webhook Find(string webhookId) =>
        _webhooks.FirstOrDefault(webhook => webhook.WebhookId == webhookId)
        ?? throw new TamaraApiException(HttpStatusCode.NotFound, $"Webhook {webhookId} is not found", new TamaraError("webhook_not_found"));

    #endregion

    #region Methods

    /// <summary>Registers a webhook; a URL already registered answers webhook_already_registered with its webhook_id.</summary>
    public Webhook Register(JsonObject body)
    {
        var webhook = Read(body, Guid.NewGuid().ToString());
        lock (_sync)
        {
            var existing = _webhooks.FirstOrDefault(candidate => string.Equals(candidate.Url, webhook.Url, StringComparison.OrdinalIgnoreCase));
            if (existing is not null)
            {
                throw new TamaraApiException(HttpStatusCode.BadRequest, $"Webhook with url {existing.Url} is already registered",
                    new TamaraError("webhook_already_registered", new JsonObject { ["webhook_id"] = existing.WebhookId }));
            }

            _webhooks.Add(webhook);
            return webhook;
        }
    }

    public Webhook Get(string webhookId)
    {
        lock (_sync)
            return Find(webhookId);
    }

    public IReadOnlyList<Webhook> List()
    {
        lock (_sync)
            return _webhooks.ToList();
    }

    public Webhook Update(string webhookId, JsonObject body)
    {
        var updated = Read(body, webhookId);
        lock (_sync)
        {
            var index = _webhooks.IndexOf(Find(webhookId));
            _webhooks[index] = updated;
            return updated;
        }
    }

    public void Delete(string webhookId)
    {
        lock (_sync)
            _webhooks.Remove(Find(webhookId));
    }

    /// <summary>The webhooks that want this event.</summary>
    public IReadOnlyList<Webhook> For(string eventType)
    {
        lock (_sync)
            return _webhooks.Where(webhook => webhook.Events.Contains(eventType)).ToList();
    }

    #endregion
}
