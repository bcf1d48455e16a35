namespace Nop.Plugin.Payments.Tamara.Api.Models;

/// <summary>
/// The outcome of registering a webhook: a new one, or the one Tamara already had for that URL.
/// </summary>
/// <param name="WebhookId">Tamara's id of the webhook.</param>
/// <param name="AlreadyRegistered">True when Tamara answered <c>webhook_already_registered</c>.</param>
public sealed record WebhookRegistration(string WebhookId, bool AlreadyRegistered);
