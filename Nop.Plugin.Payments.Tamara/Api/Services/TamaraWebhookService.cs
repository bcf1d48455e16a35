using Newtonsoft.Json.Linq;
using Nop.Plugin.Payments.Tamara.Api.Http;
using Nop.Plugin.Payments.Tamara.Api.Models;

namespace Nop.Plugin.Payments.Tamara.Api.Services;

/// <summary>
/// Webhook management.
/// </summary>
internal sealed class TamaraWebhookService : ITamaraWebhookService
{
    #region Fields

    private const string AlreadyRegistered = "webhook_already_registered";

    private readonly TamaraHttpTransport _transport;

    #endregion

    #region Ctor

    public TamaraWebhookService(TamaraHttpTransport transport)
    {
        _transport = transport;
    }

    #endregion

    #region Methods

    public async Task<WebhookRegistration> RegisterAsync(WebhookRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        try
        {
            var response = await _transport.SendAsync(HttpMethod.Post, "webhooks", null, request, TamaraCallKind.Order, null, cancellationToken);
            var webhookId = response.Json is JObject webhook && webhook["webhook_id"] is JValue id ? id.ToString() : string.Empty;
            if (string.IsNullOrEmpty(webhookId))
                throw new TamaraInvalidResponseException("Tamara registered the webhook but sent no webhook_id.", response.StatusCode)
                {
                    Method = "POST",
                    Path = "/webhooks"
                };

            return new WebhookRegistration(webhookId, false);
        }
        catch (TamaraApiException exception) when (exception.Errors.Any(error => error.Code == AlreadyRegistered && error.Data.ContainsKey("webhook_id")))
        {
            var existing = exception.Errors.First(error => error.Code == AlreadyRegistered && error.Data.ContainsKey("webhook_id"));
            return new WebhookRegistration(existing.Data["webhook_id"], true);
        }
    }

    public async Task<Webhook> GetAsync(string webhookId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(webhookId);

        var response = await _transport.SendAsync(HttpMethod.Get, $"webhooks/{Uri.EscapeDataString(webhookId)}", null, null,
            TamaraCallKind.Order, null, cancellationToken);
        return response.Read<Webhook>();
    }

    public async Task<Webhook> UpdateAsync(string webhookId, WebhookRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(webhookId);
        ArgumentNullException.ThrowIfNull(request);

        var response = await _transport.SendAsync(HttpMethod.Put, $"webhooks/{Uri.EscapeDataString(webhookId)}", null, request,
            TamaraCallKind.Order, null, cancellationToken);
        var webhook = response.Read<Webhook>();
        if (string.IsNullOrEmpty(webhook.WebhookId))
            webhook.WebhookId = webhookId;

        return webhook;
    }

    public async Task DeleteAsync(string webhookId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(webhookId);

        await _transport.SendAsync(HttpMethod.Delete, $"webhooks/{Uri.EscapeDataString(webhookId)}", null, null,
            TamaraCallKind.Order, null, cancellationToken);
    }

    #endregion
}
