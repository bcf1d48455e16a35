using Nop.Core;
using Nop.Core.Caching;

namespace Nop.Plugin.Payments.Tamara;

/// <summary>
/// Represents the plugin constants
/// </summary>
public static class TamaraDefaults
{
    /// <summary>
    /// Gets the plugin system name
    /// </summary>
    public static string SystemName => "Payments.Tamara";

    /// <summary>
    /// Gets the prefix of every locale resource of the plugin
    /// </summary>
    public static string ResourcePrefix => "Plugins.Payments.Tamara.";

    /// <summary>
    /// Gets the file names of the English and Arabic resources under Localization/
    /// </summary>
    public static string EnglishResourceFile => "defaultResources.en.xml";

    public static string ArabicResourceFile => "defaultResources.ar.xml";

    /// <summary>
    /// Gets the file name of the default texts earlier releases installed and this one changed, under Localization/
    /// </summary>
    public static string EarlierDefaultsResourceFile => "earlierDefaults.xml";

    /// <summary>
    /// Gets the platform name sent with every checkout session
    /// </summary>
    public static string Platform => $"nopCommerce {NopVersion.FULL_VERSION}";

    /// <summary>
    /// Gets the name of the custom value that keeps the shopper's Tamara plan on the order
    /// </summary>
    public static string PlanCustomValueName => "Tamara plan";

    /// <summary>
    /// Gets the name of the payment info form field holding the chosen plan code
    /// </summary>
    public static string PlanFormField => "TamaraPlan";

    /// <summary>
    /// Gets the plan code kept on the order when Tamara runs single checkout: the shopper chooses the plan on Tamara's page
    /// </summary>
    public static string PlanChosenAtTamara => "ChosenAtTamara";

    /// <summary>
    /// Gets the order events the registered webhook subscribes to
    /// </summary>
    public static IReadOnlyList<string> WebhookEvents { get; } =
    [
        "order_approved",
        "order_declined",
        "order_authorised",
        "order_canceled",
        "order_captured",
        "order_refunded",
        "order_expired",
        "order_updated"
    ];

    /// <summary>
    /// Gets the time a per-order lock is held at most
    /// </summary>
    public static TimeSpan OrderLockExpiration => TimeSpan.FromMinutes(2);

    /// <summary>
    /// Gets the name of the distributed lock that serialises every Tamara action on one order
    /// </summary>
    /// <param name="orderId">nopCommerce order identifier</param>
    public static string OrderLockResource(int orderId) => $"Nop.Plugin.Payments.Tamara.Order-{orderId}";

    /// <summary>
    /// Gets the cache key of Tamara's payment types for a store, country and currency
    /// </summary>
    /// <remarks>{0} store id, {1} country code, {2} currency code</remarks>
    public static CacheKey PaymentTypesCacheKey => new($"{PaymentTypesCachePrefix}-{{0}}-{{1}}-{{2}}");

    /// <summary>
    /// Gets the cache key of Tamara's pre-check answer (under the eligibility prefix, so saving settings clears it too)
    /// </summary>
    /// <remarks>{0} store id, {1} country code, {2} currency code, {3} amount, {4} HMAC of the phone or "none"</remarks>
    public static CacheKey PreCheckCacheKey => new($"{PaymentTypesCachePrefix}.PreCheck-{{0}}-{{1}}-{{2}}-{{3}}-{{4}}");

    /// <summary>
    /// Gets the cache key remembering that Tamara could not answer one of a store's eligibility calls (under the
    /// eligibility prefix, so saving settings, e.g. a corrected URL or token, clears it too)
    /// </summary>
    /// <remarks>{0} store id, {1} the call: "payment-types" or "pre-check"</remarks>
    public static CacheKey EligibilityOutageCacheKey => new($"{PaymentTypesCachePrefix}.Outage-{{0}}-{{1}}");

    /// <summary>
    /// Gets how long a store answers without Tamara after Tamara could not answer an eligibility call, in minutes
    /// </summary>
    public static int EligibilityOutageMinutes => 1;

    /// <summary>
    /// Gets the prefix of the eligibility cache keys (cleared when settings are saved)
    /// </summary>
    public static string PaymentTypesCachePrefix => "Nop.Plugin.Payments.Tamara.PaymentTypes";

    /// <summary>
    /// Gets the cache key remembering that a refused notification was logged, so Tamara's retries do not log it again
    /// </summary>
    /// <remarks>{0} what was refused: the Tamara order, or the reason of a refused token</remarks>
    public static CacheKey NotificationLoggedCacheKey => new("Nop.Plugin.Payments.Tamara.NotificationLogged-{0}");

    /// <summary>
    /// Gets how long a refused notification stays logged before a new delivery logs it again, in minutes (Tamara retries for a few hours)
    /// </summary>
    public static int NotificationLoggedMinutes => 60;

    /// <summary>
    /// Generic attributes kept on the nopCommerce order
    /// </summary>
    public static class OrderAttributes
    {
        /// <summary>
        /// Gets the key of every Tamara order_id the order's checkout sessions had, oldest first, comma-separated
        /// (Order.AuthorizationTransactionId holds the one acted on)
        /// </summary>
        public static string TamaraOrderIds => "Tamara.OrderIds";

        /// <summary>
        /// Gets the key of the Tamara checkout_id
        /// </summary>
        public static string CheckoutId => "Tamara.CheckoutId";

        /// <summary>
        /// Gets the key of the last Tamara status seen
        /// </summary>
        public static string Status => "Tamara.Status";

        /// <summary>
        /// Gets the key of the Tamara payment type
        /// </summary>
        public static string PaymentType => "Tamara.PaymentType";

        /// <summary>
        /// Gets the key of the number of instalments
        /// </summary>
        public static string Instalments => "Tamara.Instalments";

        /// <summary>
        /// Gets the key of the captures the plugin made (JSON)
        /// </summary>
        public static string Captures => "Tamara.Captures";

        /// <summary>
        /// Gets the key of the refunds the plugin sent or kept (JSON)
        /// </summary>
        public static string Refunds => "Tamara.Refunds";

        /// <summary>
        /// Gets the key of the actions waiting to be retried (JSON)
        /// </summary>
        public static string PendingActions => "Tamara.PendingActions";

        /// <summary>
        /// Gets the key of the amounts Tamara last reported (JSON)
        /// </summary>
        public static string Balance => "Tamara.Balance";

        /// <summary>
        /// Gets the key of when the reconciliation task last read the order
        /// </summary>
        public static string ReconciledOnUtc => "Tamara.ReconciledOnUtc";

        /// <summary>
        /// Gets the key of how many reads in a row Tamara answered that it does not know the order (404)
        /// </summary>
        public static string NotFoundCount => "Tamara.NotFoundCount";

        /// <summary>
        /// Gets the key of the flag set once the order was warned about for having nothing captured
        /// </summary>
        public static string UncapturedWarned => "Tamara.UncapturedWarned";
    }

    /// <summary>
    /// Generic attributes kept on a nopCommerce shipment
    /// </summary>
    public static class ShipmentAttributes
    {
        /// <summary>
        /// Gets the key of the Tamara capture id of the shipment
        /// </summary>
        public static string CaptureId => "Tamara.CaptureId";
    }

    /// <summary>
    /// Gets the prefixes of every setting key the plugin writes: TamaraSettings' properties (nopCommerce names them after
    /// the class) and the plugin's own keys beside them (uninstall deletes every setting under them)
    /// </summary>
    public static string[] SettingKeyPrefixes => [$"{nameof(TamaraSettings)}.", OwnSettingKeyPrefix];

    /// <summary>
    /// Gets the prefix of the setting keys the plugin keeps beside TamaraSettings' properties
    /// </summary>
    public static string OwnSettingKeyPrefix => "tamarapaymentsettings.";

    /// <summary>
    /// Gets the key of the setting that lists the deleted orders Tamara may still hold money for (nopCommerce's order
    /// search skips deleted orders, so the reconciliation task finds them here)
    /// </summary>
    public static string DeletedOrdersSettingKey => $"{OwnSettingKeyPrefix}deletedordersheldattamara";

    /// <summary>
    /// Gets the key of the setting that keeps, across runs and nodes, where the reconciliation task's pass over open
    /// orders stopped
    /// </summary>
    public static string ReconciliationCursorSettingKey => $"{OwnSettingKeyPrefix}reconciliationcursor";

    /// <summary>
    /// Gets the text that starts the order note of an action queued for retry (the reconciliation task searches for it)
    /// </summary>
    public static string PendingActionNoteMarker => "Tamara (queued for retry)";

    /// <summary>
    /// Gets the text that starts the order note of an order marked as paid by hand before Tamara authorised it: nopCommerce's
    /// search of open orders no longer lists it, so the reconciliation task searches for this note to follow it
    /// </summary>
    public static string PaidBeforeAuthorisationNoteMarker => "Tamara (paid before authorisation)";

    /// <summary>
    /// Gets the type of the reconciliation schedule task
    /// </summary>
    public static string ReconciliationTaskType => "Nop.Plugin.Payments.Tamara.Services.Reconciliation.ReconciliationTask, Nop.Plugin.Payments.Tamara";

    /// <summary>
    /// Gets the name of the reconciliation schedule task
    /// </summary>
    public static string ReconciliationTaskName => "Tamara reconciliation";

    /// <summary>
    /// Gets the default period of the reconciliation schedule task in seconds
    /// </summary>
    public static int ReconciliationTaskSeconds => 600;

    /// <summary>
    /// reference_id of the Tamara lines that are not order items (order items use OrderItem.Id)
    /// </summary>
    public static class ChargeReference
    {
        public static string PaymentFee => "payment-fee";
        public static string CheckoutAttributes => "checkout-attributes";
    }

    /// <summary>
    /// Route names
    /// </summary>
    public static class Route
    {
        public static string Configuration => "Plugin.Payments.Tamara.Configure";
        public static string TestConnection => "Plugin.Payments.Tamara.TestConnection";
        public static string RegisterWebhook => "Plugin.Payments.Tamara.RegisterWebhook";
        public static string Success => "Plugin.Payments.Tamara.Success";
        public static string Failure => "Plugin.Payments.Tamara.Failure";
        public static string Cancel => "Plugin.Payments.Tamara.Cancel";
        public static string Webhook => "Plugin.Payments.Tamara.Webhook";
        public static string WidgetAmount => "Plugin.Payments.Tamara.WidgetAmount";
    }

    /// <summary>
    /// Route patterns (Tamara gets absolute URLs built from them)
    /// </summary>
    public static class RoutePath
    {
        public static string Configuration => "Admin/Tamara/Configure";
        public static string TestConnection => "Admin/Tamara/TestConnection";
        public static string RegisterWebhook => "Admin/Tamara/RegisterWebhook";
        public static string Success => "Plugins/Tamara/Success";
        public static string Failure => "Plugins/Tamara/Failure";
        public static string Cancel => "Plugins/Tamara/Cancel";
        public static string Webhook => "Plugins/Tamara/Webhook";
        public static string WidgetAmount => "Plugins/Tamara/WidgetAmount";
    }
}
