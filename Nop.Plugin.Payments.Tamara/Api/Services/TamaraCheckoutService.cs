using System.Globalization;
using Nop.Plugin.Payments.Tamara.Api.Http;
using Nop.Plugin.Payments.Tamara.Api.Models;
using Nop.Plugin.Payments.Tamara.Api.Serialization;

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

        // A new checkout session names its order only in the answer.
        return await _transport.SendAsync<CheckoutSession>(HttpMethod.Post, "checkout", null, request, TamaraCallKind.Order, null, cancellationToken,
            session => session.OrderId);
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

        // Tamara answers with a bare array; ArrayAnswer tolerates it wrapped in an object too.
        var types = await _transport.SendAsync<ArrayAnswer<PaymentTypeInfo>>(HttpMethod.Get, "checkout/payment-types", string.Join('&', query), null,
            TamaraCallKind.Eligibility, null, cancellationToken);
        return types.Items;
    }

    public async Task<PaymentOptionsPreCheckResponse> PreCheckPaymentOptionsAsync(PaymentOptionsPreCheckRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        return await _transport.SendAsync<PaymentOptionsPreCheckResponse>(HttpMethod.Post, "checkout/payment-options-pre-check", null, request,
            TamaraCallKind.Eligibility, null, cancellationToken);
    }

    #endregion
}
