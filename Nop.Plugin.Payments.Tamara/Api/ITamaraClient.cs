namespace Nop.Plugin.Payments.Tamara.Api;

/// <summary>
/// Tamara's merchant API for one store's credentials, one service per resource.
/// Every call throws a <see cref="TamaraException"/> subclass on failure; the caller's own cancellation stays an
/// <see cref="OperationCanceledException"/>.
/// </summary>
public interface ITamaraClient
{
    ITamaraCheckoutService Checkout { get; }

    ITamaraOrderService Orders { get; }

    ITamaraPaymentService Payments { get; }

    ITamaraMerchantService Merchant { get; }

    ITamaraWebhookService Webhooks { get; }
}
