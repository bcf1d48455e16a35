using Nop.Plugin.Payments.Tamara.Api.Models;

namespace Nop.Plugin.Payments.Tamara.Services.Checkout;

/// <summary>
/// A Tamara plan the shopper can take: a payment type and, for PAY_BY_INSTALMENTS, the number of instalments
/// </summary>
/// <param name="PaymentType">Payment type</param>
/// <param name="Instalments">Number of instalments; 0 for plans without instalments</param>
public sealed record TamaraPlan(TamaraPaymentType PaymentType, int Instalments)
{
    /// <summary>
    /// Gets the code kept on the order and posted by the payment info form, e.g. "PayByInstalments-4" or "PayNow"
    /// </summary>
    public string Code => PaymentType == TamaraPaymentType.PayByInstalments ? $"{PaymentType}-{Instalments}" : PaymentType.ToString();

    /// <summary>
    /// Gets the name of the locale resource that describes the plan ({0} is the number of instalments)
    /// </summary>
    public string ResourceName => $"{TamaraDefaults.ResourcePrefix}Plan.{PaymentType}";

    /// <summary>
    /// Reads a plan code
    /// </summary>
    /// <param name="code">Plan code</param>
    /// <param name="plan">The plan, when the code is valid</param>
    /// <returns>True when the code names a known plan</returns>
    public static bool TryParse(string? code, out TamaraPlan? plan)
    {
        plan = null;
        if (string.IsNullOrWhiteSpace(code))
            return false;

        var parts = code.Trim().Split('-');
        if (!Enum.TryParse<TamaraPaymentType>(parts[0], out var paymentType) || paymentType == TamaraPaymentType.Unknown
            || !Enum.IsDefined(paymentType))
            return false;

        if (paymentType != TamaraPaymentType.PayByInstalments)
        {
            plan = parts.Length == 1 ? new TamaraPlan(paymentType, 0) : null;
            return plan is not null;
        }

        if (parts.Length != 2 || !int.TryParse(parts[1], out var instalments) || instalments < 2)
            return false;

        plan = new TamaraPlan(paymentType, instalments);
        return true;
    }
}
