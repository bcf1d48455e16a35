namespace Tamara.Emulator;

/// <summary>
/// Settings of one emulated Tamara merchant account. Bound from command-line options (--ApiToken=...) and from
/// environment variables prefixed TAMARA_EMULATOR_ (TAMARA_EMULATOR_ApiToken=...). The switches marked "runtime" may also be
/// changed while the emulator runs, through PUT /_emulator/settings or <see cref="TamaraEmulatorHost.Settings"/>.
/// </summary>
public sealed class TamaraEmulatorOptions
{
    /// <summary>The Bearer token every API call must carry.</summary>
    public string ApiToken { get; set; } = "emulator-api-token";

    /// <summary>The HS256 secret that signs the tamaraToken of notifications.</summary>
    public string NotificationToken { get; set; } = "emulator-notification-token";

    /// <summary>Returned by GET /merchants/configs as public_key.</summary>
    public string PublicKey { get; set; } = "emulator-public-key";

    /// <summary>Runtime. Smallest order total accepted, in major units of the order's currency.</summary>
    public decimal MinLimit { get; set; } = 1m;

    /// <summary>Runtime. Largest order total accepted, in major units of the order's currency.</summary>
    public decimal MaxLimit { get; set; } = 10000m;

    /// <summary>Instalment counts offered with PAY_BY_INSTALMENTS.</summary>
    public int[] Instalments { get; set; } = [3, 4, 6];

    /// <summary>Runtime. Authorise captures the whole order at once (status fully_captured, auto_captured true).</summary>
    public bool AutoCaptureAtAuthorise { get; set; }

    /// <summary>
    /// Runtime. Returned by configs and the pre-check as single_checkout_enabled; a checkout session may then leave out
    /// payment_type, and the shopper chooses the plan on the hosted page (the emulator takes the first instalments offered).
    /// </summary>
    public bool SingleCheckoutEnabled { get; set; }

    /// <summary>
    /// Runtime. Phone numbers the pre-check offers nothing to (has_available_payment_options false), as Tamara answers for
    /// a shopper it declines; compared as national numbers, so "0501234567" and "+966501234567" are the same.
    /// </summary>
    public string[] NoOptionsPhoneNumbers { get; set; } = [];

    /// <summary>
    /// Runtime. The Cancel API also takes what remains of a partially captured order, as Tamara does (cancelable = total -
    /// captured - canceled): it answers updated, and the order stays partially_captured, or becomes fully_captured when
    /// nothing is left. Off, the seed's strict reading: cancel only while authorised, 409 after a capture.
    /// </summary>
    public bool CancelAfterPartialCapture { get; set; } = true;

    /// <summary>Runtime. Accept only the documented totals formula (see README), not the reading the seed sample needs.</summary>
    public bool StrictTotals { get; set; }

    /// <summary>Where the emulated clock starts (UTC); the current time when not set.</summary>
    public DateTimeOffset? ClockStart { get; set; }

    /// <summary>The emulated clock moves only when advanced, never by itself.</summary>
    public bool FreezeClock { get; set; }

    /// <summary>
    /// Runtime. Payload shape of notifications: by channel, as Tamara documents them (merchant_url.notification gets
    /// order_status, registered webhooks get event_type), or one shape forced on both.
    /// </summary>
    public NotificationShape NotificationShape { get; set; } = NotificationShape.ByChannel;

    /// <summary>Runtime. Every notification is delivered twice.</summary>
    public bool DuplicateNotifications { get; set; }

    /// <summary>Runtime. Notifications are held in pairs and delivered newest first.</summary>
    public bool ReorderNotifications { get; set; }

    /// <summary>Delivery attempts per notification (the first one included).</summary>
    public int NotificationAttempts { get; set; } = 5;

    /// <summary>Wait before the first retry of a notification; doubled for each further retry.</summary>
    public TimeSpan NotificationRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one delivery attempt may take before it counts as failed.</summary>
    public TimeSpan NotificationTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Lifetime of a tamaraToken (exp - iat).</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(20);

    /// <summary>How long the "delay" fault holds the answer of a call it has done.</summary>
    public TimeSpan FaultDelay { get; set; } = TimeSpan.FromSeconds(40);

    /// <summary>Notifications go to https receivers whose certificate is not trusted here (a store on a development certificate).</summary>
    public bool AcceptUntrustedCertificates { get; set; }

    /// <summary>
    /// Code only (tests): sends notifications through this handler instead of the network, e.g. an in-memory
    /// TestServer's handler. The emulator does not dispose it.
    /// </summary>
    public HttpMessageHandler? NotificationHandler { get; set; }

    /// <summary>Base of checkout_url when the emulator is reached under another name than the request's Host.</summary>
    public string? PublicUrl { get; set; }
}

/// <summary>The notification payload shapes Tamara sends, by channel or one forced on every channel.</summary>
public enum NotificationShape
{
    /// <summary>merchant_url.notification gets <see cref="OrderStatus"/>, registered webhooks get <see cref="EventType"/>.</summary>
    ByChannel,

    /// <summary>{order_id, order_reference_id, order_number, event_type, data} on every channel.</summary>
    EventType,

    /// <summary>{order_id, order_reference_id, order_status, data} on every channel.</summary>
    OrderStatus
}
