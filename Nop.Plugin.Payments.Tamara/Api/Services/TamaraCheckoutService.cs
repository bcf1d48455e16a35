using System.Globalization;
using Newtonsoft.Json.Linq;
using Nop.Plugin.Payments.Tamara.Api.Http;
using Nop.Plugin.Payments.Tamara.Api.Models;

namespace Nop.Plugin.Payments.Tamara.Api.Services;

/// <summary>
/// Checkout sessions and eligibility.
/// </summary>
internal sealed class TamaraCheckoutService : ITamaraCheckoutService
{
    #region Fields

    private readonly TamaraHttpTransport _transport;

    #endregion

    #region Ctor

    public TamaraCheckoutService(TamaraHttpTransport transport)
    {
        _transport = transport;
    }

    #endregion

    #region Methods

    public async Task<CheckoutSession> CreateSessionAsync(CheckoutSessionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        var response = await _transport.SendAsync(HttpMethod.Post, "checkout", null, request, TamaraCallKind.Order, null, cancellationToken);
        return response.Read<CheckoutSession>();
    }

    public async Task<IReadOnlyList<PaymentTypeInfo>> GetPaymentTypesAsync(PaymentTypesRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        var query = new List<string>
        {
            $"country={Uri.EscapeDataString(request.Country)}",
            $"currency={Uri.EscapeDataString(request.Currency)}"
        };
        if (request.OrderValue is { } orderValue)
            query.Add($"order_value={TamaraCurrency.Round(orderValue, request.Currency).ToString(CultureInfo.InvariantCulture)}");
        if (!string.IsNullOrEmpty(request.PhoneNumber))
            query.Add($"phone={Uri.EscapeDataString(request.PhoneNumber)}");

        var response = await _transport.SendAsync(HttpMethod.Get, "checkout/payment-types", string.Join('&', query), null,
            TamaraCallKind.Eligibility, null, cancellationToken);

        // Tamara answers with a bare array; tolerate it wrapped in an object too.
        var types = response.Json as JArray ?? (response.Json as JObject)?.Properties().Select(property => property.Value).OfType<JArray>().FirstOrDefault();
        return (types ?? []).Select(type => (response with { Json = type }).Read<PaymentTypeInfo>()).ToList();
    }

    public async Task<PaymentOptionsPreCheckResponse> PreCheckPaymentOptionsAsync(PaymentOptionsPreCheckRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        var response = await _transport.SendAsync(HttpMethod.Post, "checkout/payment-options-pre-check", null, request,
            TamaraCallKind.Eligibility, null, cancellationToken);
        return response.Read<PaymentOptionsPreCheckResponse>();
    }

    #endregion
}
