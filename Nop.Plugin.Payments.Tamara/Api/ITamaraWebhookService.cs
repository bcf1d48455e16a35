using Nop.Plugin.Payments.Tamara.Api.Models;

namespace Nop.Plugin.Payments.Tamara.Api;

/// <summary>
/// Webhook management.
/// </summary>
public interface ITamaraWebhookService
{
    /// <summary>
    /// <c>POST /webhooks</c>. Tamara's <c>webhook_already_registered</c> error counts as success and gives the existing id.
    /// </summary>
    Task<WebhookRegistration> RegisterAsync(WebhookRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>GET /webhooks/{webhookId}</c>.</summary>
    Task<Webhook> GetAsync(string webhookId, CancellationToken cancellationToken = default);

    /// <summary><c>PUT /webhooks/{webhookId}</c>.</summary>
    Task<Webhook> UpdateAsync(string webhookId, WebhookRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /webhooks/{webhookId}</c>.</summary>
    Task DeleteAsync(string webhookId, CancellationToken cancellationToken = default);
}
