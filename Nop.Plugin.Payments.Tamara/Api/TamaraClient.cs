using Nop.Plugin.Payments.Tamara.Api.Http;
using Nop.Plugin.Payments.Tamara.Api.Services;

namespace Nop.Plugin.Payments.Tamara.Api;

/// <summary>
/// Tamara's merchant API for one store's credentials.
/// </summary>
internal sealed class TamaraClient : ITamaraClient
{
    public TamaraClient(HttpClient httpClient, TamaraClientOptions options)
    {
        var transport = new TamaraHttpTransport(httpClient, options);
        Checkout = new TamaraCheckoutService(transport);
        Orders = new TamaraOrderService(transport);
        Payments = new TamaraPaymentService(transport);
        Merchant = new TamaraMerchantService(transport);
        Webhooks = new TamaraWebhookService(transport);
    }

    public ITamaraCheckoutService Checkout { get; }

    public ITamaraOrderService Orders { get; }

    public ITamaraPaymentService Payments { get; }

    public ITamaraMerchantService Merchant { get; }

    public ITamaraWebhookService Webhooks { get; }
}
