namespace Tamara.Emulator.Currencies;

/// <summary>A country Tamara serves, with the only currency it accepts there and that currency's minor digits.</summary>
internal sealed record TamaraCountry(string CountryCode, string Currency, int Decimals, string DialCode, int NationalDigits, string MobilePrefixes)
{
    private static readonly TamaraCountry[] _all =
    [
        new("SA", "SAR", 2, "966", 9, "5"),
        new("AE", "AED", 2, "971", 9, "5"),
        new("KW", "KWD", 3, "965", 8, "569"),
        new("BH", "BHD", 3, "973", 8, "36"),
        new("OM", "OMR", 3, "968", 8, "79"),
        new("QA", "QAR", 2, "974", 8, "3567")
    ];

    public static TamaraCountry? ByCountryCode(string? countryCode) =>
        _all.FirstOrDefault(country => string.Equals(country.CountryCode, countryCode, StringComparison.OrdinalIgnoreCase));

    public static TamaraCountry? ByCurrency(string? currency) =>
        _all.FirstOrDefault(country => string.Equals(country.Currency, currency, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// A mobile number of this country: local (532298658), with a trunk zero (0532298658) or international
    /// (+966532298658, 00966532298658, 966532298658); spaces and dashes ignored.
    /// </summary>
    public bool IsValidMobileNumber(string phoneNumber)
    {
        var digits = NationalNumber(phoneNumber);
        return digits.Length == NationalDigits && digits.All(char.IsAsciiDigit) && MobilePrefixes.Contains(digits[0]);
    }

    /// <summary>A phone number of this country without its dial code or trunk zero, as written above.</summary>
    public string NationalNumber(string phoneNumber)
    {
        var digits = phoneNumber.Trim().Replace(" ", string.Empty).Replace("-", string.Empty);
        if (digits.StartsWith('+'))
            digits = digits[1..];
        else if (digits.StartsWith("00", StringComparison.Ordinal))
            digits = digits[2..];
        else if (digits.StartsWith('0'))
            digits = digits[1..];

        if (digits.Length == DialCode.Length + NationalDigits && digits.StartsWith(DialCode, StringComparison.Ordinal))
            digits = digits[DialCode.Length..];

        return digits;
    }
}
