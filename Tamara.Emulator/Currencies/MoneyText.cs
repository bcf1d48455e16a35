using System.Globalization;
using System.Net;

namespace Tamara.Emulator.Currencies;

/// <summary>Amounts as the emulator's pages show them: the currency's minor digits always (228.50 SAR, 25.315 KWD, 0.00 SAR).</summary>
internal static class MoneyText
{
    /// <summary>"1,228.50 SAR"; a currency the emulator does not know keeps two digits.</summary>
    public static string Format(decimal amount, string currency)
    {
        var decimals = TamaraCountry.ByCurrency(currency)?.Decimals ?? 2;
        return $"{amount.ToString("N" + decimals, CultureInfo.InvariantCulture)} {currency}";
    }

    /// <summary>
    /// The amount as an HTML run isolated left to right, so a right-to-left page keeps "-10.00 SAR" in one piece with the
    /// minus before the digits instead of reordering sign, digits and currency code.
    /// </summary>
    public static string Html(decimal amount, string currency) =>
        $"<bdi dir=\"ltr\" class=\"amount\">{WebUtility.HtmlEncode(Format(amount, currency))}</bdi>";
}
