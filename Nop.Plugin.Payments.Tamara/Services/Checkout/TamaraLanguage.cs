using Nop.Core.Domain.Localization;

namespace Nop.Plugin.Payments.Tamara.Services.Checkout;

/// <summary>
/// Tamara speaks Arabic and English: an Arabic working language gets Arabic, every other language English
/// </summary>
public static class TamaraLanguage
{
    /// <summary>
    /// Gets a value indicating whether Tamara speaks Arabic to a shopper of this language
    /// </summary>
    /// <param name="language">Working language</param>
    public static bool IsArabic(Language? language) =>
        language?.LanguageCulture?.StartsWith("ar", StringComparison.OrdinalIgnoreCase) == true;
}
