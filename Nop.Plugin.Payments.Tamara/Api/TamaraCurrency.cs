namespace Nop.Plugin.Payments.Tamara.Api;

/// <summary>
/// Tamara's currencies and their minor digits: the one place that knows them.
/// </summary>
public static class TamaraCurrency
{
    #region Fields

    private static readonly Dictionary<string, string> _currencyByCountry = new(StringComparer.OrdinalIgnoreCase)
    {
        ["SA"] = "SAR",
        ["AE"] = "AED",
        ["KW"] = "KWD",
        ["BH"] = "BHD",
        ["OM"] = "OMR"
    };

    private static readonly HashSet<string> _threeDigitCurrencies = new(StringComparer.OrdinalIgnoreCase) { "KWD", "BHD", "OMR" };

    #endregion

    #region Methods

    /// <summary>
    /// Digits after the decimal point: 3 for KWD, BHD and OMR, 2 for every other currency.
    /// </summary>
    public static int MinorDigits(string currencyCode)
    {
        return _threeDigitCurrencies.Contains(currencyCode?.Trim() ?? string.Empty) ? 3 : 2;
    }

    /// <summary>
    /// Rounds half away from zero to the currency's minor digits (10.005 SAR gives 10.01, 1.0005 KWD gives 1.001).
    /// </summary>
    public static decimal Round(decimal amount, string currencyCode)
    {
        return Math.Round(amount, MinorDigits(currencyCode), MidpointRounding.AwayFromZero);
    }

    /// <summary>
    /// Rounds up to the currency's minor digits (10.001 SAR gives 10.01).
    /// </summary>
    public static decimal RoundUp(decimal amount, string currencyCode)
    {
        return Math.Round(amount, MinorDigits(currencyCode), MidpointRounding.ToPositiveInfinity);
    }

    /// <summary>
    /// The currency's smallest amount: 0.01, or 0.001 for KWD, BHD and OMR.
    /// </summary>
    public static decimal MinorUnit(string currencyCode)
    {
        return new decimal(1, 0, 0, false, (byte)MinorDigits(currencyCode));
    }

    /// <summary>
    /// The currency Tamara takes in a country, or null when Tamara does not serve it.
    /// </summary>
    public static string? ForCountry(string countryCode)
    {
        return _currencyByCountry.GetValueOrDefault(countryCode?.Trim() ?? string.Empty);
    }

    #endregion
}
