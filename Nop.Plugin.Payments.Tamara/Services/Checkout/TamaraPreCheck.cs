using Nop.Plugin.Payments.Tamara.Api.Models;

namespace Nop.Plugin.Payments.Tamara.Services.Checkout;

/// <summary>
/// Tamara's pre-check answer for a shopper and an amount, as the plugin keeps it
/// </summary>
/// <param name="HasPaymentOptions">False hides Tamara</param>
/// <param name="SingleCheckout">True when the shopper chooses the plan on Tamara's page</param>
/// <param name="Labels">The plans Tamara offers, in its own words</param>
public sealed record TamaraPreCheck(bool HasPaymentOptions, bool SingleCheckout, IReadOnlyList<PaymentLabel> Labels)
{
    /// <summary>
    /// Gets the answer used when Tamara could not be asked and the fail-open setting shows Tamara: today's rules alone
    /// </summary>
    public static TamaraPreCheck Unknown { get; } = new(true, false, []);

    /// <summary>
    /// Gets the answer used when Tamara could not be asked and the fail-open setting hides Tamara
    /// </summary>
    public static TamaraPreCheck Refused { get; } = new(false, false, []);
}
