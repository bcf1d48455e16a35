using Nop.Plugin.Payments.Tamara.Api;

namespace Nop.Plugin.Payments.Tamara.Services.Checkout;

/// <summary>
/// Chooses the Tamara country of a payment: Tamara takes each currency in one country only
/// </summary>
public static class TamaraCountry
{
    /// <summary>
    /// Gets the first candidate country whose currency is the payment currency
    /// </summary>
    /// <param name="currencyCode">Payment currency</param>
    /// <param name="candidates">Two-letter country codes in order of preference (address countries, then allowed countries)</param>
    /// <returns>Country code, or null when Tamara does not take the currency in any candidate country</returns>
    public static string? Resolve(string? currencyCode, IEnumerable<string?> candidates)
    {
        if (string.IsNullOrWhiteSpace(currencyCode))
            return null;

        return candidates
            .Where(country => !string.IsNullOrWhiteSpace(country))
            .Select(country => country!.Trim().ToUpperInvariant())
            .FirstOrDefault(country => string.Equals(TamaraCurrency.ForCountry(country), currencyCode.Trim(), StringComparison.OrdinalIgnoreCase));
    }
}
