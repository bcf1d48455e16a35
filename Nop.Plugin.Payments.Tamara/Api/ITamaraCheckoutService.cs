using Nop.Plugin.Payments.Tamara.Api.Models;

namespace Nop.Plugin.Payments.Tamara.Api;

/// <summary>
/// Checkout sessions and eligibility. Eligibility calls use <see cref="TamaraClientOptions.EligibilityTimeout"/>.
/// </summary>
public interface ITamaraCheckoutService
{
    /// <summary><c>POST /checkout</c>; never retried.</summary>
    Task<CheckoutSession> CreateSessionAsync(CheckoutSessionRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>GET /checkout/payment-types?country=..&amp;currency=..</c>.</summary>
    Task<IReadOnlyList<PaymentTypeInfo>> GetPaymentTypesAsync(PaymentTypesRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /checkout/payment-options-pre-check</c>.</summary>
    Task<PaymentOptionsPreCheckResponse> PreCheckPaymentOptionsAsync(PaymentOptionsPreCheckRequest request, CancellationToken cancellationToken = default);
}
