using Nop.Plugin.Payments.Tamara.Api.Http;
using Nop.Plugin.Payments.Tamara.Api.Models;
using Nop.Plugin.Payments.Tamara.Api.Serialization;

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
            var (webhook, statusCode) = await _transport.SendWithStatusAsync<Webhook>(HttpMethod.Post, "webhooks", null, request,
                TamaraCallKind.Order, null, cancellationToken);
            var webhookId = webhook.WebhookId;
            if (string.IsNullOrEmpty(webhookId))
                throw new TamaraInvalidResponseException("Tamara registered the webhook but sent no webhook_id.", statusCode)
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

        return await _transport.SendAsync<Webhook>(HttpMethod.Get, $"webhooks/{Uri.EscapeDataString(webhookId)}", null, null,
            TamaraCallKind.Order, null, cancellationToken);
    }

    public async Task<Webhook> UpdateAsync(string webhookId, WebhookRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(webhookId);
        ArgumentNullException.ThrowIfNull(request);

        var webhook = await _transport.SendAsync<Webhook>(HttpMethod.Put, $"webhooks/{Uri.EscapeDataString(webhookId)}", null, request,
            TamaraCallKind.Order, null, cancellationToken);
        if (string.IsNullOrEmpty(webhook.WebhookId))
            webhook.WebhookId = webhookId;

        return webhook;
    }

    public async Task DeleteAsync(string webhookId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(webhookId);

        await _transport.SendAsync<IgnoredAnswer>(HttpMethod.Delete, $"webhooks/{Uri.EscapeDataString(webhookId)}", null, null,
            TamaraCallKind.Order, null, cancellationToken);
    }

    #endregion
}
