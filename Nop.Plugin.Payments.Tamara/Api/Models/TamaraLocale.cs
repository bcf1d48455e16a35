namespace Nop.Plugin.Payments.Tamara.Api.Models;

/// <summary>
/// The locales Tamara's checkout page speaks.
/// </summary>
public static class TamaraLocale
{
    public const string English = "en_US";

    public const string Arabic = "ar_SA";
}
