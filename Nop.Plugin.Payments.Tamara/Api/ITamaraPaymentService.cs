using Nop.Plugin.Payments.Tamara.Api.Models;

namespace Nop.Plugin.Payments.Tamara.Api;

/// <summary>
/// Money movements after authorisation.
/// </summary>
public interface ITamaraPaymentService
{
    /// <summary><c>POST /payments/capture</c>.</summary>
    Task<CaptureResponse> CaptureAsync(CaptureRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /payments/simplified-refund/{orderId}</c>.</summary>
    Task<SimplifiedRefundResponse> SimplifiedRefundAsync(string orderId, SimplifiedRefundRequest request, CancellationToken cancellationToken = default);
}
