using Nop.Plugin.Payments.Tamara.Api.Models;

namespace Nop.Plugin.Payments.Tamara.Api;

/// <summary>
/// Orders: authorise, cancel, read, re-reference.
/// </summary>
public interface ITamaraOrderService
{
    /// <summary><c>POST /orders/{orderId}/authorise</c>; a 409 (already authorised) throws <see cref="TamaraConflictException"/>.</summary>
    Task<AuthoriseOrderResponse> AuthoriseAsync(string orderId, CancellationToken cancellationToken = default);

    /// <summary><c>POST /orders/{orderId}/cancel</c>, only while authorised.</summary>
    Task<CancelOrderResponse> CancelAsync(string orderId, CancelOrderRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>GET /merchants/orders/{orderId}</c>.</summary>
    Task<OrderDetails> GetAsync(string orderId, CancellationToken cancellationToken = default);

    /// <summary><c>GET /merchants/orders/reference-id/{orderReferenceId}</c>.</summary>
    Task<OrderDetails> GetByReferenceIdAsync(string orderReferenceId, CancellationToken cancellationToken = default);

    /// <summary><c>PUT /orders/{orderId}/reference-id</c>.</summary>
    Task<MessageResponse> UpdateReferenceIdAsync(string orderId, UpdateReferenceIdRequest request, CancellationToken cancellationToken = default);
}
