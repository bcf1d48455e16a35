using Nop.Core.Configuration;
using Nop.Plugin.Payments.Tamara.Api;
using Nop.Plugin.Payments.Tamara.Domain;

namespace Nop.Plugin.Payments.Tamara;

/// <summary>
/// Represents the Tamara plugin settings (overridable per store)
/// </summary>
public class TamaraSettings : ISettings
{
    #region Connection

    /// <summary>
    /// Gets or sets the Tamara environment
    /// </summary>
    public TamaraEnvironment Environment { get; set; }

    /// <summary>
    /// Gets or sets the base URL used when <see cref="Environment"/> is Custom (for example the emulator)
    /// </summary>
    public string CustomApiUrl { get; set; } = string.Empty;

    /// <summary>
    /// Gets or sets the merchant API token (a long JWT; secret)
    /// </summary>
    public string ApiToken { get; set; } = string.Empty;

    /// <summary>
    /// Gets or sets the base URL the API token was entered for: the token is sent nowhere else, so changing the
    /// environment or the custom URL needs the token again (empty for a token saved before this rule: accepted as it is)
    /// </summary>
    public string ApiTokenBaseUrl { get; set; } = string.Empty;

    /// <summary>
    /// Gets or sets the notification token that signs Tamara's notifications (secret)
    /// </summary>
    public string NotificationToken { get; set; } = string.Empty;

    /// <summary>
    /// Gets or sets the merchant public key (for Tamara widgets; filled by "Test connection")
    /// </summary>
    public string PublicKey { get; set; } = string.Empty;

    /// <summary>
    /// Gets or sets the identifier of the webhook registered at Tamara for this store
    /// </summary>
    public string WebhookId { get; set; } = string.Empty;

    #endregion

    #region Checkout

    /// <summary>
    /// Gets or sets the Tamara payment types offered, by TamaraPaymentType name (PayByInstalments, PayNow, PayNextMonth, PayByLater)
    /// </summary>
    public List<string> EnabledPaymentTypes { get; set; } = new();

    /// <summary>
    /// Gets or sets the numbers of instalments offered with PAY_BY_INSTALMENTS
    /// </summary>
    public List<int> EnabledInstalments { get; set; } = new();

    /// <summary>
    /// Gets or sets the title shown at checkout (localizable)
    /// </summary>
    public string Title { get; set; } = string.Empty;

    /// <summary>
    /// Gets or sets the description shown at checkout (localizable)
    /// </summary>
    public string Description { get; set; } = string.Empty;

    /// <summary>
    /// Gets or sets the two-letter codes of the billing countries Tamara is offered in
    /// </summary>
    public List<string> AllowedCountries { get; set; } = new();

    /// <summary>
    /// Gets or sets identifiers of products that Tamara must not pay for
    /// </summary>
    public List<int> ExcludedProductIds { get; set; } = new();

    /// <summary>
    /// Gets or sets identifiers of categories whose products Tamara must not pay for
    /// </summary>
    public List<int> ExcludedCategoryIds { get; set; } = new();

    /// <summary>
    /// Gets or sets a value indicating whether Tamara stays visible when its eligibility check cannot be answered
    /// </summary>
    public bool EligibilityFailOpen { get; set; }

    /// <summary>
    /// Gets or sets for how many minutes an eligibility answer is cached
    /// </summary>
    public int EligibilityCacheMinutes { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether the customer's history is sent as risk_assessment
    /// </summary>
    public bool SendRiskAssessment { get; set; }

    /// <summary>
    /// Gets or sets the lifetime of a checkout session in minutes
    /// </summary>
    public int CheckoutExpiryMinutes { get; set; }

    /// <summary>
    /// Gets or sets an additional fee
    /// </summary>
    public decimal AdditionalFee { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether the additional fee is a percentage of the order total
    /// </summary>
    public bool AdditionalFeePercentage { get; set; }

    #endregion

    #region After the sale

    /// <summary>
    /// Gets or sets when authorised orders are captured
    /// </summary>
    public CaptureTrigger CaptureTrigger { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether cancelling a nopCommerce order cancels it at Tamara
    /// </summary>
    public bool CancelAtTamaraOnOrderCancelled { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether refunds entered offline in the admin are sent to Tamara
    /// </summary>
    public bool SendOfflineRefundsToTamara { get; set; }

    /// <summary>
    /// Gets or sets after how many days an authorised order with nothing captured gets a warning note
    /// </summary>
    public int WarnUncapturedAfterDays { get; set; }

    #endregion

    #region Widgets

    /// <summary>
    /// Gets or sets a value indicating whether Tamara's widget shows on the product page
    /// </summary>
    public bool ProductWidgetEnabled { get; set; }

    /// <summary>
    /// Gets or sets the public widget zone of the product page widget
    /// </summary>
    public string ProductWidgetZone { get; set; } = string.Empty;

    /// <summary>
    /// Gets or sets a value indicating whether Tamara's widget shows in the cart's order summary
    /// </summary>
    public bool CartWidgetEnabled { get; set; }

    /// <summary>
    /// Gets or sets the public widget zone of the cart widget
    /// </summary>
    public string CartWidgetZone { get; set; } = string.Empty;

    /// <summary>
    /// Gets or sets a value indicating whether Tamara's widget shows at checkout
    /// </summary>
    public bool CheckoutWidgetEnabled { get; set; }

    /// <summary>
    /// Gets or sets the public widget zone of the checkout widget; empty shows it in Tamara's payment information step
    /// </summary>
    public string CheckoutWidgetZone { get; set; } = string.Empty;

    /// <summary>
    /// Gets or sets the widget script URL used with the Custom URL environment (for example the emulator's stand-in)
    /// </summary>
    public string WidgetScriptUrl { get; set; } = string.Empty;

    #endregion

    #region Diagnostics

    /// <summary>
    /// Gets or sets a value indicating whether each Tamara API call is logged (secrets redacted)
    /// </summary>
    public bool DebugLogging { get; set; }

    #endregion
}
