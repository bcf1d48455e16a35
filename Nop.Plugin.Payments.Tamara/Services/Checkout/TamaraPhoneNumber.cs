namespace Nop.Plugin.Payments.Tamara.Services.Checkout;

/// <summary>
/// Writes phone numbers the way Tamara's samples do: the national number without country code or leading zero ("566027755")
/// </summary>
public static class TamaraPhoneNumber
{
    private static readonly Dictionary<string, string> _callingCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["SA"] = "966",
        ["AE"] = "971",
        ["KW"] = "965",
        ["BH"] = "973",
        ["OM"] = "968",
        ["QA"] = "974"
    };

    /// <summary>
    /// Normalizes a phone number typed by the shopper
    /// </summary>
    /// <param name="phoneNumber">Phone number as typed</param>
    /// <param name="countryCode">Two-letter code of the address country</param>
    /// <returns>National number, or "+" and the international number for another country's phone; null when there are no digits</returns>
    public static string? Normalize(string? phoneNumber, string? countryCode)
    {
        if (string.IsNullOrWhiteSpace(phoneNumber))
            return null;

        var trimmed = phoneNumber.Trim();
        var digits = new string(trimmed.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length == 0)
            return null;

        var international = trimmed.StartsWith('+') || digits.StartsWith("00", StringComparison.Ordinal);
        if (international)
        {
            digits = digits.TrimStart('0');
            if (!_callingCodes.TryGetValue(countryCode ?? string.Empty, out var callingCode) || !digits.StartsWith(callingCode, StringComparison.Ordinal))
                return $"+{digits}";

            digits = digits[callingCode.Length..];
        }

        return digits.TrimStart('0');
    }
}
