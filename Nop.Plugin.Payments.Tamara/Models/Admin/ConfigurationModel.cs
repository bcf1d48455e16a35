using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Payments.Tamara.Models.Admin;

/// <summary>
/// Represents the configuration page. Secrets are never sent to the page: the inputs start empty and an empty input keeps the saved value
/// </summary>
public record ConfigurationModel : BaseNopModel, ILocalizedModel<ConfigurationModel.ConfigurationLocalizedModel>
{
    #region Properties

    public int ActiveStoreScopeConfiguration { get; set; }

    public bool IsConfigured { get; set; }

    public string? NotConfiguredMessage { get; set; }

    [NopResourceDisplayName("Plugins.Payments.Tamara.Fields.Environment")]
    public int EnvironmentId { get; set; }
    public bool EnvironmentId_OverrideForStore { get; set; }
    public IList<SelectListItem> AvailableEnvironments { get; set; } = new List<SelectListItem>();

    [NopResourceDisplayName("Plugins.Payments.Tamara.Fields.CustomApiUrl")]
    public string? CustomApiUrl { get; set; }
    public bool CustomApiUrl_OverrideForStore { get; set; }

    [NopResourceDisplayName("Plugins.Payments.Tamara.Fields.ApiToken")]
    public string? ApiToken { get; set; }
    public string? ApiTokenMasked { get; set; }
    public bool ApiToken_OverrideForStore { get; set; }

    [NopResourceDisplayName("Plugins.Payments.Tamara.Fields.NotificationToken")]
    public string? NotificationToken { get; set; }
    public string? NotificationTokenMasked { get; set; }
    public bool NotificationToken_OverrideForStore { get; set; }

    [NopResourceDisplayName("Plugins.Payments.Tamara.Fields.PublicKey")]
    public string? PublicKey { get; set; }
    public bool PublicKey_OverrideForStore { get; set; }

    [NopResourceDisplayName("Plugins.Payments.Tamara.Fields.WebhookId")]
    public string? WebhookId { get; set; }

    [NopResourceDisplayName("Plugins.Payments.Tamara.Fields.EnabledPaymentTypes")]
    public IList<string> EnabledPaymentTypes { get; set; } = new List<string>();
    public bool EnabledPaymentTypes_OverrideForStore { get; set; }
    public IList<SelectListItem> AvailablePaymentTypes { get; set; } = new List<SelectListItem>();

    [NopResourceDisplayName("Plugins.Payments.Tamara.Fields.EnabledInstalments")]
    public string? EnabledInstalments { get; set; }
    public bool EnabledInstalments_OverrideForStore { get; set; }

    [NopResourceDisplayName("Plugins.Payments.Tamara.Fields.Title")]
    public string? Title { get; set; }
    public bool Title_OverrideForStore { get; set; }

    [NopResourceDisplayName("Plugins.Payments.Tamara.Fields.Description")]
    public string? Description { get; set; }
    public bool Description_OverrideForStore { get; set; }

    [NopResourceDisplayName("Plugins.Payments.Tamara.Fields.AllowedCountries")]
    public string? AllowedCountries { get; set; }
    public bool AllowedCountries_OverrideForStore { get; set; }

    [NopResourceDisplayName("Plugins.Payments.Tamara.Fields.ExcludedProductIds")]
    public string? ExcludedProductIds { get; set; }
    public bool ExcludedProductIds_OverrideForStore { get; set; }

    [NopResourceDisplayName("Plugins.Payments.Tamara.Fields.ExcludedCategoryIds")]
    public string? ExcludedCategoryIds { get; set; }
    public bool ExcludedCategoryIds_OverrideForStore { get; set; }

    [NopResourceDisplayName("Plugins.Payments.Tamara.Fields.EligibilityFailOpen")]
    public bool EligibilityFailOpen { get; set; }
    public bool EligibilityFailOpen_OverrideForStore { get; set; }

    [NopResourceDisplayName("Plugins.Payments.Tamara.Fields.EligibilityCacheMinutes")]
    public int EligibilityCacheMinutes { get; set; }
    public bool EligibilityCacheMinutes_OverrideForStore { get; set; }

    [NopResourceDisplayName("Plugins.Payments.Tamara.Fields.SendRiskAssessment")]
    public bool SendRiskAssessment { get; set; }
    public bool SendRiskAssessment_OverrideForStore { get; set; }

    [NopResourceDisplayName("Plugins.Payments.Tamara.Fields.CheckoutExpiryMinutes")]
    public int CheckoutExpiryMinutes { get; set; }
    public bool CheckoutExpiryMinutes_OverrideForStore { get; set; }

    [NopResourceDisplayName("Plugins.Payments.Tamara.Fields.AdditionalFee")]
    public decimal AdditionalFee { get; set; }
    public bool AdditionalFee_OverrideForStore { get; set; }

    [NopResourceDisplayName("Plugins.Payments.Tamara.Fields.AdditionalFeePercentage")]
    public bool AdditionalFeePercentage { get; set; }
    public bool AdditionalFeePercentage_OverrideForStore { get; set; }

    [NopResourceDisplayName("Plugins.Payments.Tamara.Fields.CaptureTrigger")]
    public int CaptureTriggerId { get; set; }
    public bool CaptureTriggerId_OverrideForStore { get; set; }
    public IList<SelectListItem> AvailableCaptureTriggers { get; set; } = new List<SelectListItem>();

    [NopResourceDisplayName("Plugins.Payments.Tamara.Fields.CancelAtTamaraOnOrderCancelled")]
    public bool CancelAtTamaraOnOrderCancelled { get; set; }
    public bool CancelAtTamaraOnOrderCancelled_OverrideForStore { get; set; }

    [NopResourceDisplayName("Plugins.Payments.Tamara.Fields.SendOfflineRefundsToTamara")]
    public bool SendOfflineRefundsToTamara { get; set; }
    public bool SendOfflineRefundsToTamara_OverrideForStore { get; set; }

    [NopResourceDisplayName("Plugins.Payments.Tamara.Fields.WarnUncapturedAfterDays")]
    public int WarnUncapturedAfterDays { get; set; }
    public bool WarnUncapturedAfterDays_OverrideForStore { get; set; }

    [NopResourceDisplayName("Plugins.Payments.Tamara.Fields.DebugLogging")]
    public bool DebugLogging { get; set; }
    public bool DebugLogging_OverrideForStore { get; set; }

    public IList<ConfigurationLocalizedModel> Locales { get; set; } = new List<ConfigurationLocalizedModel>();

    #endregion

    #region Widgets

    [NopResourceDisplayName("Plugins.Payments.Tamara.Fields.ProductWidgetEnabled")]
    public bool ProductWidgetEnabled { get; set; }
    public bool ProductWidgetEnabled_OverrideForStore { get; set; }

    [NopResourceDisplayName("Plugins.Payments.Tamara.Fields.ProductWidgetZone")]
    public string ProductWidgetZone { get; set; } = string.Empty;
    public bool ProductWidgetZone_OverrideForStore { get; set; }

    [NopResourceDisplayName("Plugins.Payments.Tamara.Fields.CartWidgetEnabled")]
    public bool CartWidgetEnabled { get; set; }
    public bool CartWidgetEnabled_OverrideForStore { get; set; }

    [NopResourceDisplayName("Plugins.Payments.Tamara.Fields.CartWidgetZone")]
    public string CartWidgetZone { get; set; } = string.Empty;
    public bool CartWidgetZone_OverrideForStore { get; set; }

    [NopResourceDisplayName("Plugins.Payments.Tamara.Fields.CheckoutWidgetEnabled")]
    public bool CheckoutWidgetEnabled { get; set; }
    public bool CheckoutWidgetEnabled_OverrideForStore { get; set; }

    [NopResourceDisplayName("Plugins.Payments.Tamara.Fields.CheckoutWidgetZone")]
    public string CheckoutWidgetZone { get; set; } = string.Empty;
    public bool CheckoutWidgetZone_OverrideForStore { get; set; }

    [NopResourceDisplayName("Plugins.Payments.Tamara.Fields.WidgetScriptUrl")]
    public string WidgetScriptUrl { get; set; } = string.Empty;
    public bool WidgetScriptUrl_OverrideForStore { get; set; }

    #endregion

    #region Nested classes

    public class ConfigurationLocalizedModel : ILocalizedLocaleModel
    {
        public int LanguageId { get; set; }

        [NopResourceDisplayName("Plugins.Payments.Tamara.Fields.Title")]
        public string? Title { get; set; }

        [NopResourceDisplayName("Plugins.Payments.Tamara.Fields.Description")]
        public string? Description { get; set; }
    }

    #endregion
}
