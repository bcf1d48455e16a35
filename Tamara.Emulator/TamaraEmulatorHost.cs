using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Tamara.Emulator.Control;
using Tamara.Emulator.Faults;
using Tamara.Emulator.Notifications;
using Tamara.Emulator.Orders;

namespace Tamara.Emulator;

/// <summary>
/// The emulator running inside a test process on 127.0.0.1 and a free port, with a frozen clock unless told otherwise.
/// <code>
/// await using var tamara = await TamaraEmulatorHost.StartAsync();
/// // point the client at tamara.BaseUrl with tamara.ApiToken, then:
/// tamara.Approve(orderId);
/// await tamara.WaitForNotificationsAsync();
/// </code>
/// </summary>
public sealed class TamaraEmulatorHost : IAsyncDisposable
{
    #region Fields

    /// <summary>
    /// The header that marks an answer the delay fault holds (its value: the delay in seconds). The call is already done; a test's
    /// HTTP handler that sees it can give up at once, as the caller's time limit would, instead of racing a timer.
    /// </summary>
    public const string LateAnswerHeader = "X-Emulator-Late-Answer";

    private static readonly TimeSpan _defaultWait = TimeSpan.FromSeconds(30);

    private readonly WebApplication _app;
    private readonly EmulatorControl _control;

    #endregion

    #region Ctor

    private TamaraEmulatorHost(WebApplication app, string baseUrl, TamaraEmulatorOptions options)
    {
        _app = app;
        _control = app.Services.GetRequiredService<EmulatorControl>();
        BaseUrl = baseUrl;
        Options = options;
    }

    #endregion

    #region Methods

    /// <summary>
    /// Starts an emulator. Without options: default tokens, frozen clock at the current time, notification retries
    /// 5 attempts 100 ms apart (doubling), so that tests settle fast.
    /// </summary>
    public static async Task<TamaraEmulatorHost> StartAsync(TamaraEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new TamaraEmulatorOptions { FreezeClock = true, NotificationRetryDelay = TimeSpan.FromMilliseconds(100) };
        var app = EmulatorApp.Build(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default", "Warning"], options);
        await app.StartAsync(cancellationToken);

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TamaraEmulatorHost(app, address.TrimEnd('/'), options);
    }

    /// <summary>http://127.0.0.1:{port}, without a trailing slash: the Custom base URL for the client.</summary>
    public string BaseUrl { get; }

    /// <summary>The options the emulator runs with; the runtime switches may be changed through <see cref="ChangeSettings"/>.</summary>
    public TamaraEmulatorOptions Options { get; }

    public string ApiToken => Options.ApiToken;

    public string NotificationToken => Options.NotificationToken;

    /// <summary>The emulated clock.</summary>
    public DateTimeOffset Now => _control.Now;

    /// <summary>Moves the emulated clock forward, running the timers it crosses (notifications follow).</summary>
    public DateTimeOffset AdvanceClock(TimeSpan by) => _control.AdvanceClock(by);

    public IReadOnlyList<OrderView> Orders => _control.Orders();

    /// <summary>The order as the emulator has it; throws when it does not exist.</summary>
    public OrderView GetOrder(string orderId) => _control.Order(orderId);

    /// <summary>As if the customer pressed Approve on the hosted page (new to approved, notification sent).</summary>
    public OrderView Approve(string orderId) => _control.Approve(orderId);

    /// <summary>As if Tamara declined the customer (new to declined, notification sent).</summary>
    public OrderView Decline(string orderId) => _control.Decline(orderId);

    /// <summary>Expires a new or approved order now (notification sent).</summary>
    public OrderView Expire(string orderId) => _control.Expire(orderId);

    /// <summary>The next <paramref name="count"/> calls of <paramref name="endpoint"/> fail as <paramref name="mode"/> says.</summary>
    public void InjectFault(EmulatedEndpoint endpoint, FaultMode mode, int count = 1, TimeSpan? delay = null) =>
        _control.InjectFault(endpoint, mode, count, delay);

    public void ClearFaults() => _control.ClearFaults();

    /// <summary>
    /// Completes once no call is held by a delay fault: a call answered too late for its caller has done its work at Tamara
    /// </summary>
    public Task DelayedCallsDoneAsync() => _control.HeldCallsDoneAsync();

    /// <summary>Faults still waiting for their calls.</summary>
    public IReadOnlyList<PlannedFault> Faults => _control.Faults();

    /// <summary>
    /// Presses a button of the hosted checkout page of the order, as the shopper's browser would (a real HTTP form post),
    /// and answers where the browser is sent: merchant_url success, failure or cancel with orderId and paymentStatus.
    /// </summary>
    public async Task<string> PressOnCheckoutPageAsync(string orderId, CheckoutDecision decision, CancellationToken cancellationToken = default)
    {
        using var browser = new HttpClient(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false });
        var checkoutId = GetOrder(orderId).CheckoutId;
        var url = $"{BaseUrl}/hosted/checkout/{checkoutId}/{decision.ToString().ToLowerInvariant()}";
        using var response = await browser.PostAsync(url, new FormUrlEncodedContent([]), cancellationToken);
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect || response.Headers.Location is null)
            throw new InvalidOperationException($"The checkout page of order {orderId} answered {(int)response.StatusCode}, not a redirect.");
        return response.Headers.Location.ToString();
    }

    /// <summary>Every notification sent so far, with each attempt and the receiver's answer.</summary>
    public IReadOnlyList<NotificationRecord> Notifications => _control.Notifications();

    /// <summary>Waits until every notification queued so far is delivered or failed for good (30 s unless told).</summary>
    public Task WaitForNotificationsAsync(TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        _control.WaitForNotificationsAsync(timeout ?? _defaultWait, cancellationToken);

    public EmulatorSettings Settings => _control.Settings();

    /// <summary>Changes the runtime switches given (null leaves one as it is).</summary>
    public EmulatorSettings ChangeSettings(EmulatorSettings changes) => _control.ChangeSettings(changes);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(TimeSpan.FromSeconds(5));
        await _app.DisposeAsync();
    }

    #endregion
}

/// <summary>The buttons of the hosted checkout page.</summary>
public enum CheckoutDecision
{
    Approve,
    Decline,
    Cancel
}
