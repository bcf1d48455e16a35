using Nop.Plugin.Payments.Tamara.Api;
using Nop.Plugin.Payments.Tamara.Api.Models;
using Nop.Plugin.Payments.Tamara.Models.Admin;

namespace Nop.Plugin.Payments.Tamara.Validators;

/// <summary>
/// Checks the configuration form and reads its list fields
/// </summary>
public static class ConfigurationValidator
{
    #region Utilities

    private static bool IsHttpUrl(string? value) => Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var url)
        && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);

    #endregion

    #region Methods

    /// <summary>
    /// Reads a comma-separated list of positive integers
    /// </summary>
    /// <param name="value">Text as typed</param>
    /// <returns>The integers, or null when an entry is not a positive integer</returns>
    public static List<int>? ParseIntegers(string? value)
    {
        var result = new List<int>();
        foreach (var entry in (value ?? string.Empty).Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(entry, out var number) || number <= 0)
                return null;
            result.Add(number);
        }

        return result.Distinct().ToList();
    }

    /// <summary>
    /// Reads a comma-separated list of codes, upper-cased
    /// </summary>
    /// <param name="value">Text as typed</param>
    /// <returns>The codes</returns>
    public static List<string> ParseCodes(string? value)
    {
        return (value ?? string.Empty).Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries)
            .Select(code => code.Trim().ToUpperInvariant())
            .Distinct()
            .ToList();
    }

    /// <summary>
    /// Validates the configuration form
    /// </summary>
    /// <param name="model">Posted form</param>
    /// <param name="saved">Settings saved so far (a secret left empty keeps its saved value)</param>
    /// <returns>The invalid fields with the name of the locale resource that explains each</returns>
    public static IList<(string Field, string ResourceName)> Validate(ConfigurationModel model, TamaraSettings saved)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(saved);

        var errors = new List<(string Field, string ResourceName)>();
        void add(string field, string problem) => errors.Add((field, $"{TamaraDefaults.ResourcePrefix}Fields.{field}.{problem}"));

        if (!Enum.IsDefined(typeof(TamaraEnvironment), model.EnvironmentId))
            add(nameof(model.EnvironmentId), "Invalid");
        else if ((TamaraEnvironment)model.EnvironmentId == TamaraEnvironment.Custom && !IsHttpUrl(model.CustomApiUrl))
            add(nameof(model.CustomApiUrl), "Invalid");

        //a saved token goes only where it was entered for: a new address needs it typed again, or anyone allowed on
        //this page could send the saved token to a server of their own
        var environmentChanged = model.EnvironmentId != (int)saved.Environment;
        var urlChanged = environmentChanged || (TamaraEnvironment)model.EnvironmentId == TamaraEnvironment.Custom
            && !string.Equals(model.CustomApiUrl?.Trim() ?? string.Empty, saved.CustomApiUrl?.Trim() ?? string.Empty, StringComparison.Ordinal);

        if (string.IsNullOrWhiteSpace(model.ApiToken))
        {
            if (string.IsNullOrWhiteSpace(saved.ApiToken))
                add(nameof(model.ApiToken), "Required");
            else if (urlChanged)
                add(nameof(model.ApiToken), "EnterAgain");
        }

        //each Tamara environment has its own notification token: the saved one belongs to the previous environment
        if (string.IsNullOrWhiteSpace(model.NotificationToken))
        {
            if (string.IsNullOrWhiteSpace(saved.NotificationToken))
                add(nameof(model.NotificationToken), "Required");
            else if (environmentChanged)
                add(nameof(model.NotificationToken), "EnterAgain");
        }

        var paymentTypes = model.EnabledPaymentTypes.ToList();
        if (paymentTypes.Count == 0 || paymentTypes.Any(name => !Enum.TryParse<TamaraPaymentType>(name, out var type) || type == TamaraPaymentType.Unknown))
            add(nameof(model.EnabledPaymentTypes), "Invalid");

        var instalments = ParseIntegers(model.EnabledInstalments);
        if (instalments is null || instalments.Any(count => count is < 2 or > 24)
            || paymentTypes.Contains(nameof(TamaraPaymentType.PayByInstalments)) && instalments.Count == 0)
            add(nameof(model.EnabledInstalments), "Invalid");

        var countries = ParseCodes(model.AllowedCountries);
        if (countries.Count == 0 || countries.Any(country => TamaraCurrency.ForCountry(country) is null))
            add(nameof(model.AllowedCountries), "Invalid");

        if (ParseIntegers(model.ExcludedProductIds) is null)
            add(nameof(model.ExcludedProductIds), "Invalid");

        if (ParseIntegers(model.ExcludedCategoryIds) is null)
            add(nameof(model.ExcludedCategoryIds), "Invalid");

        if (model.EligibilityCacheMinutes is < 0 or > 60)
            add(nameof(model.EligibilityCacheMinutes), "Invalid");

        //Tamara takes an expiry of 5 to 1440 minutes; 0 sends none, so Tamara's default applies
        if (model.CheckoutExpiryMinutes is not (0 or >= 5 and <= 1440))
            add(nameof(model.CheckoutExpiryMinutes), "Invalid");

        //widgets: the stand-in script of the Custom environment; the zone of a placement that is on
        if (!string.IsNullOrWhiteSpace(model.WidgetScriptUrl) && !IsHttpUrl(model.WidgetScriptUrl))
            add(nameof(model.WidgetScriptUrl), "Invalid");

        if (model.ProductWidgetEnabled && string.IsNullOrWhiteSpace(model.ProductWidgetZone))
            add(nameof(model.ProductWidgetZone), "Required");

        if (model.CartWidgetEnabled && string.IsNullOrWhiteSpace(model.CartWidgetZone))
            add(nameof(model.CartWidgetZone), "Required");

        if (model.AdditionalFee < decimal.Zero)
            add(nameof(model.AdditionalFee), "Invalid");

        if (!Enum.IsDefined(typeof(Domain.CaptureTrigger), model.CaptureTriggerId))
            add(nameof(model.CaptureTriggerId), "Invalid");

        //Tamara captures by itself 21 days after authorising: a warning later than that comes too late
        if (model.WarnUncapturedAfterDays is < 1 or > 20)
            add(nameof(model.WarnUncapturedAfterDays), "Invalid");

        return errors;
    }

    #endregion
}
