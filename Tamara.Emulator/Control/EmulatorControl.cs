using Tamara.Emulator.Faults;
using Tamara.Emulator.Infrastructure;
using Tamara.Emulator.Notifications;
using Tamara.Emulator.Orders;

namespace Tamara.Emulator.Control;

/// <summary>What a test or a developer may do to the emulator besides calling the API; behind /_emulator/ and <see cref="TamaraEmulatorHost"/>.</summary>
internal sealed class EmulatorControl
{
    #region Fields

    private readonly OrderBook _orders;
    private readonly EmulatorClock _clock;
    private readonly NotificationDispatcher _notifications;
    private readonly FaultInjector _faults;
    private readonly TamaraEmulatorOptions _options;

    #endregion

    #region Ctor

    public EmulatorControl(OrderBook orders, EmulatorClock clock, NotificationDispatcher notifications, FaultInjector faults,
        TamaraEmulatorOptions options)
    {
        _orders = orders;
        _clock = clock;
        _notifications = notifications;
        _faults = faults;
        _options = options;
    }

    #endregion

    #region Methods

    public DateTimeOffset Now => _clock.UtcNow;

    /// <summary>Moves the emulated clock forward and runs every timer it crosses (expiry, auto-capture).</summary>
    public DateTimeOffset AdvanceClock(TimeSpan by)
    {
        _clock.Advance(by);
        _orders.Tick();
        return _clock.UtcNow;
    }

    public IReadOnlyList<OrderView> Orders() => _orders.ReadAll(OrderView.From);

    public OrderView Order(string orderId) => _orders.Read(orderId, OrderView.From);

    /// <summary>As if the customer pressed Approve on the hosted page.</summary>
    public OrderView Approve(string orderId)
    {
        _orders.Approve(orderId, "Approved through the control API");
        return Order(orderId);
    }

    /// <summary>As if Tamara declined the customer.</summary>
    public OrderView Decline(string orderId)
    {
        _orders.Decline(orderId, "Declined through the control API");
        return Order(orderId);
    }

    /// <summary>Expires a new or approved order now, as its timer would.</summary>
    public OrderView Expire(string orderId)
    {
        _orders.Expire(orderId, "Expired through the control API");
        return Order(orderId);
    }

    public void InjectFault(EmulatedEndpoint endpoint, FaultMode mode, int count = 1, TimeSpan? delay = null) =>
        _faults.Plan(endpoint, mode, count, delay);

    public IReadOnlyList<PlannedFault> Faults() => _faults.Planned();

    public void ClearFaults() => _faults.Clear();

    public Task HeldCallsDoneAsync() => _faults.HeldCallsDoneAsync();

    public IReadOnlyList<NotificationRecord> Notifications() => _notifications.Log();

    public Task WaitForNotificationsAsync(TimeSpan timeout, CancellationToken cancellationToken = default) =>
        _notifications.WaitUntilSettledAsync(timeout, cancellationToken);

    public EmulatorSettings Settings() => new(_options.AutoCaptureAtAuthorise, _options.NotificationShape, _options.DuplicateNotifications,
        _options.ReorderNotifications, _options.StrictTotals, _options.CancelAfterPartialCapture, _options.MinLimit, _options.MaxLimit,
        _options.SingleCheckoutEnabled, _options.NoOptionsPhoneNumbers);

    public EmulatorSettings ChangeSettings(EmulatorSettings changes)
    {
        _options.AutoCaptureAtAuthorise = changes.AutoCaptureAtAuthorise ?? _options.AutoCaptureAtAuthorise;
        _options.NotificationShape = changes.NotificationShape ?? _options.NotificationShape;
        _options.DuplicateNotifications = changes.DuplicateNotifications ?? _options.DuplicateNotifications;
        _options.ReorderNotifications = changes.ReorderNotifications ?? _options.ReorderNotifications;
        _options.StrictTotals = changes.StrictTotals ?? _options.StrictTotals;
        _options.CancelAfterPartialCapture = changes.CancelAfterPartialCapture ?? _options.CancelAfterPartialCapture;
        _options.MinLimit = changes.MinLimit ?? _options.MinLimit;
        _options.MaxLimit = changes.MaxLimit ?? _options.MaxLimit;
        _options.SingleCheckoutEnabled = changes.SingleCheckoutEnabled ?? _options.SingleCheckoutEnabled;
        _options.NoOptionsPhoneNumbers = changes.NoOptionsPhoneNumbers ?? _options.NoOptionsPhoneNumbers;
        return Settings();
    }

    #endregion
}
