namespace Tamara.Emulator.Faults;

/// <summary>The API endpoints of the emulator, by name, for fault injection (kebab-case names over HTTP).</summary>
public enum EmulatedEndpoint
{
    Checkout,
    PaymentOptionsPreCheck,
    PaymentTypes,
    Authorise,
    Cancel,
    Capture,
    Refund,
    GetOrder,
    GetOrderByReference,
    UpdateReferenceId,
    MerchantConfigs,
    Webhooks
}

/// <summary>Endpoint metadata naming the API endpoint; endpoints with it require the API token.</summary>
internal sealed record EndpointTag(EmulatedEndpoint Endpoint);
