namespace Tamara.Emulator.Control;

/// <summary>The switches that can change while the emulator runs (GET/PUT /_emulator/settings). Null leaves a switch as it is.</summary>
public sealed record EmulatorSettings(
    bool? AutoCaptureAtAuthorise = null,
    NotificationShape? NotificationShape = null,
    bool? DuplicateNotifications = null,
    bool? ReorderNotifications = null,
    bool? StrictTotals = null,
    bool? CancelAfterPartialCapture = null,
    decimal? MinLimit = null,
    decimal? MaxLimit = null,
    bool? SingleCheckoutEnabled = null,
    string[]? NoOptionsPhoneNumbers = null);
