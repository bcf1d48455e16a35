using Nop.Plugin.Payments.Tamara.Api.Models;

namespace Nop.Plugin.Payments.Tamara.Services.Checkout;

/// <summary>
/// What Tamara offers a cart: the plans, whether the shopper chooses the plan on Tamara's page (single checkout),
/// and Tamara's own wording of the plans
/// </summary>
/// <param name="Plans">Plans offered; none when Tamara is hidden</param>
/// <param name="SingleCheckout">True when Tamara's page lets the shopper choose the plan: one Tamara method, no plan step</param>
/// <param name="Labels">Tamara's labels of the plans, in English and Arabic, from the pre-check</param>
public sealed record TamaraOffer(IReadOnlyList<TamaraPlan> Plans, bool SingleCheckout, IReadOnlyList<PaymentLabel> Labels)
{
    /// <summary>
    /// Gets the offer of a cart Tamara is hidden for
    /// </summary>
    public static TamaraOffer None { get; } = new([], false, []);

    /// <summary>
    /// Gets the amount the offer is for: the cart's total in the working currency, rounded to its minor unit; null while
    /// the total is not known yet (before shipping is chosen) or when Tamara is hidden before the total is worked out
    /// </summary>
    public Money? Amount { get; init; }

    /// <summary>
    /// Gets the Tamara country of the working currency; null when Tamara is hidden before it is worked out
    /// </summary>
    public string? CountryCode { get; init; }

    /// <summary>
    /// Gets a value indicating whether Tamara is shown at checkout
    /// </summary>
    public bool IsOffered => Plans.Count > 0;

    /// <summary>
    /// Gets Tamara's label of a plan: the same payment type, and for instalments the same number
    /// </summary>
    /// <param name="plan">Plan</param>
    /// <returns>The label, or null when Tamara gave none</returns>
    public PaymentLabel? LabelOf(TamaraPlan plan) => Labels.FirstOrDefault(label => label.PaymentType == plan.PaymentType
        && (plan.PaymentType != TamaraPaymentType.PayByInstalments || label.Instalment == plan.Instalments));
}
