namespace Nop.Plugin.Payments.Tamara.Services.Checkout;

/// <summary>
/// The outcome of opening a Tamara checkout session
/// </summary>
/// <param name="CheckoutUrl">Tamara's page to send the shopper to, when the session was opened</param>
/// <param name="Error">Message for the shopper, when it was not</param>
public sealed record TamaraCheckoutResult(string? CheckoutUrl, string? Error)
{
    /// <summary>
    /// Gets a value indicating whether the session was opened
    /// </summary>
    public bool Success => !string.IsNullOrEmpty(CheckoutUrl);

    public static TamaraCheckoutResult Redirect(string checkoutUrl) => new(checkoutUrl, null);

    public static TamaraCheckoutResult Failed(string error) => new(null, error);
}
