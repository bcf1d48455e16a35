using Nop.Plugin.Payments.Tamara.Api.Http;
using Nop.Plugin.Payments.Tamara.Api.Models;

namespace Nop.Plugin.Payments.Tamara.Api.Services;

/// <summary>
/// Orders: authorise, cancel, read, re-reference.
/// </summary>
internal sealed class TamaraOrderService : ITamaraOrderService
{
    #region Fields

    private readonly TamaraHttpTransport _transport;

    #endregion

    #region Ctor

    public TamaraOrderService(TamaraHttpTransport transport)
    {
        _transport = transport;
    }

    #endregion

    #region Methods

    public async Task<AuthoriseOrderResponse> AuthoriseAsync(string orderId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);

        return await _transport.SendAsync<AuthoriseOrderResponse>(HttpMethod.Post, $"orders/{Uri.EscapeDataString(orderId)}/authorise", null, null,
            TamaraCallKind.Order, orderId, cancellationToken);
    }

    public async Task<CancelOrderResponse> CancelAsync(string orderId, CancelOrderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        ArgumentNullException.ThrowIfNull(request);

        return await _transport.SendAsync<CancelOrderResponse>(HttpMethod.Post, $"orders/{Uri.EscapeDataString(orderId)}/cancel", null, request,
            TamaraCallKind.Order, orderId, cancellationToken);
    }

    public async Task<OrderDetails> GetAsync(string orderId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);

        return await _transport.SendAsync<OrderDetails>(HttpMethod.Get, $"merchants/orders/{Uri.EscapeDataString(orderId)}", null, null,
            TamaraCallKind.Order, orderId, cancellationToken);
    }

    public async Task<OrderDetails> GetByReferenceIdAsync(string orderReferenceId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderReferenceId);

        return await _transport.SendAsync<OrderDetails>(HttpMethod.Get, $"merchants/orders/reference-id/{Uri.EscapeDataString(orderReferenceId)}", null, null,
            TamaraCallKind.Order, null, cancellationToken);
    }

    public async Task<MessageResponse> UpdateReferenceIdAsync(string orderId, UpdateReferenceIdRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        ArgumentNullException.ThrowIfNull(request);

        return await _transport.SendAsync<MessageResponse>(HttpMethod.Put, $"orders/{Uri.EscapeDataString(orderId)}/reference-id", null, request,
            TamaraCallKind.Order, orderId, cancellationToken);
    }

    #endregion
}
