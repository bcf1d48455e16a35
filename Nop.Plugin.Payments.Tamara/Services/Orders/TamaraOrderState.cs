using Nop.Plugin.Payments.Tamara.Api.Models;

namespace Nop.Plugin.Payments.Tamara.Services.Orders;

/// <summary>
/// What the store knows about the Tamara side of one nopCommerce order
/// </summary>
/// <param name="TamaraOrderId">Tamara order_id (kept in Order.AuthorizationTransactionId), or null before any session</param>
/// <param name="CheckoutId">Tamara checkout_id of the last session</param>
/// <param name="Status">Last Tamara status seen, or null before any session</param>
/// <param name="PaymentType">Tamara payment type, once known</param>
/// <param name="Instalments">Number of instalments, or 0 when the plan has none</param>
public sealed record TamaraOrderState(string? TamaraOrderId, string? CheckoutId, TamaraOrderStatus? Status, TamaraPaymentType? PaymentType, int Instalments)
{
    /// <summary>
    /// Gets a value indicating whether a checkout session was ever created for the order
    /// </summary>
    public bool HasSession => !string.IsNullOrEmpty(TamaraOrderId);
}
