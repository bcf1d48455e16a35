using Nop.Plugin.Payments.Tamara.Api.Http;
using Nop.Plugin.Payments.Tamara.Api.Models;

namespace Nop.Plugin.Payments.Tamara.Api.Services;

/// <summary>
/// Captures and refunds.
/// </summary>
internal sealed class TamaraPaymentService : ITamaraPaymentService
{
    #region Fields

    private readonly TamaraHttpTransport _transport;

    #endregion

    #region Ctor

    public TamaraPaymentService(TamaraHttpTransport transport)
    {
        _transport = transport;
    }

    #endregion

    #region Methods

    public async Task<CaptureResponse> CaptureAsync(CaptureRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        return await _transport.SendAsync<CaptureResponse>(HttpMethod.Post, "payments/capture", null, request,
            TamaraCallKind.Order, request.OrderId, cancellationToken);
    }

    public async Task<SimplifiedRefundResponse> SimplifiedRefundAsync(string orderId, SimplifiedRefundRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        ArgumentNullException.ThrowIfNull(request);

        return await _transport.SendAsync<SimplifiedRefundResponse>(HttpMethod.Post, $"payments/simplified-refund/{Uri.EscapeDataString(orderId)}", null, request,
            TamaraCallKind.Order, orderId, cancellationToken);
    }

    #endregion
}
