using Nop.Plugin.Payments.Tamara.Api;
using Nop.Plugin.Payments.Tamara.Api.Models;
using Tamara.Emulator;
using Tamara.Emulator.Control;
using Tamara.Emulator.Faults;

namespace Nop.Plugin.Payments.Tamara.Tests.Support.AfterSale;

/// <summary>
/// Where the after-sale tests find Tamara: the in-memory fake, or the emulator over HTTP with the real client
/// </summary>
public enum BackendKind
{
    Fake,
    Emulator
}

/// <summary>
/// Operations whose next call can be made to fail
/// </summary>
public enum TamaraOperation
{
    Capture,
    Cancel,
    Refund,
    Get,
    Authorise
}

/// <summary>
/// A Tamara for one test
/// </summary>
public abstract class TamaraBackend : IAsyncDisposable
{
    public abstract ITamaraClient CreateClient(TamaraClientOptions options);

    public abstract string BaseUrl { get; }

    /// <summary>
    /// Gets the options of a client that reads this Tamara as the test's own eyes (no retries)
    /// </summary>
    public static TamaraClientOptions ClientOptions(string baseUrl, string apiToken) => new()
    {
        Environment = TamaraEnvironment.Custom,
        CustomBaseUrl = baseUrl,
        ApiToken = apiToken,
        ReadRetryCount = 0
    };

    /// <summary>
    /// Creates a Tamara order for the amounts and brings it to new, approved, authorised, declined or expired
    /// </summary>
    public abstract Task<string> CreateOrderAsync(AfterSaleOrder order, TamaraOrderStatus status);

    /// <summary>
    /// The next call cannot reach Tamara (503 from the emulator, a timeout from the fake)
    /// </summary>
    public abstract void Unreachable(TamaraOperation operation);

    /// <summary>
    /// The next call is answered 409
    /// </summary>
    public abstract void Conflict(TamaraOperation operation);

    /// <summary>
    /// Tamara does the next calls' work but the plugin gives up waiting for the answers (a timeout; with the emulator, its delay
    /// fault and <see cref="LateAnswerTimesOut"/>): the work is done by the time the plugin hears of the timeout
    /// </summary>
    public abstract void AnswerLost(TamaraOperation operation, int count = 1);

    /// <summary>
    /// Forgets the faults planned and not yet met: Tamara answers normally again
    /// </summary>
    public abstract void Heal();

    /// <summary>
    /// Tamara captures the rest by itself, 21 days after authorisation
    /// </summary>
    public abstract void AutoCapture(string orderId);

    /// <summary>
    /// From now on Tamara refuses (409) to cancel the rest of a partially captured order, as the seed's strict reading has it
    /// </summary>
    public abstract void RefuseCancelAfterCapture();

    public abstract ValueTask DisposeAsync();

    public static async Task<TamaraBackend> StartAsync(BackendKind kind)
    {
        return kind == BackendKind.Fake ? new FakeBackend() : await EmulatorBackend.StartAsync();
    }
}

public sealed class FakeBackend : TamaraBackend
{
    public FakeTamara Tamara { get; } = new();

    public override ITamaraClient CreateClient(TamaraClientOptions options) => Tamara;

    public override string BaseUrl => "http://127.0.0.1:1";

    public override Task<string> CreateOrderAsync(AfterSaleOrder order, TamaraOrderStatus status) =>
        Task.FromResult(Tamara.AddOrder(order.Amounts.TotalAmount, order.Currency, status).Id);

    private static string Key(TamaraOperation operation) => operation.ToString().ToLowerInvariant();

    public override void Unreachable(TamaraOperation operation) =>
        Tamara.FailNext(Key(operation), new TamaraTimeoutException("Tamara did not answer in time", TimeSpan.FromSeconds(30)));

    public override void Conflict(TamaraOperation operation) =>
        Tamara.FailNext(Key(operation), new TamaraConflictException("Conflict", "Order is being processed", []));

    public override void AnswerLost(TamaraOperation operation, int count = 1)
    {
        for (var call = 0; call < count; call++)
            Tamara.FailNext(Key(operation), new TamaraTimeoutException("Tamara did not answer in time", TimeSpan.FromSeconds(30)), afterDoing: true);
    }

    public override void Heal() => Tamara.ClearFailures();

    public override void AutoCapture(string orderId) => Tamara.AutoCapture(orderId);

    public override void RefuseCancelAfterCapture() => Tamara.CancelAfterPartialCapture = false;

    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

public sealed class EmulatorBackend : TamaraBackend
{
    private readonly TamaraEmulatorHost _host;
    private readonly TamaraClientFactory _clientFactory;

    // One connection pool for every client, as IHttpClientFactory gives: a handler per client would hold a socket per call.
    private readonly HttpMessageHandler _handler = new LateAnswerTimesOut(new SocketsHttpHandler { UseProxy = false });

    private EmulatorBackend(TamaraEmulatorHost host)
    {
        _host = host;
        var httpClientFactory = new Moq.Mock<IHttpClientFactory>();
        httpClientFactory.Setup(factory => factory.CreateClient(Moq.It.IsAny<string>())).Returns(() => new HttpClient(_handler, disposeHandler: false));
        _clientFactory = new TamaraClientFactory(httpClientFactory.Object);
    }

    public static async Task<EmulatorBackend> StartAsync() => new(await TamaraEmulatorHost.StartAsync(new TamaraEmulatorOptions { FreezeClock = true, StrictTotals = true }));

    public TamaraEmulatorHost Host => _host;

    public override string BaseUrl => _host.BaseUrl;

    public override ITamaraClient CreateClient(TamaraClientOptions options) => _clientFactory.Create(options);

    public override async Task<string> CreateOrderAsync(AfterSaleOrder order, TamaraOrderStatus status)
    {
        var client = CreateClient(ClientOptions(_host.BaseUrl, _host.ApiToken));
        var session = await client.Checkout.CreateSessionAsync(order.CheckoutSession());

        if (status == TamaraOrderStatus.Expired)
            _host.Expire(session.OrderId);
        if (status == TamaraOrderStatus.Declined)
            _host.Decline(session.OrderId);
        if (status is TamaraOrderStatus.Approved or TamaraOrderStatus.Authorised)
            _host.Approve(session.OrderId);
        if (status == TamaraOrderStatus.Authorised)
            await client.Orders.AuthoriseAsync(session.OrderId);

        return session.OrderId;
    }

    private static EmulatedEndpoint Endpoint(TamaraOperation operation) => operation switch
    {
        TamaraOperation.Capture => EmulatedEndpoint.Capture,
        TamaraOperation.Cancel => EmulatedEndpoint.Cancel,
        TamaraOperation.Refund => EmulatedEndpoint.Refund,
        TamaraOperation.Authorise => EmulatedEndpoint.Authorise,
        _ => EmulatedEndpoint.GetOrder
    };

    public override void Unreachable(TamaraOperation operation) =>
        _host.InjectFault(Endpoint(operation), FaultMode.ServiceUnavailable, operation == TamaraOperation.Get ? 5 : 1);

    public override void Conflict(TamaraOperation operation) => _host.InjectFault(Endpoint(operation), FaultMode.Conflict);

    public override void AnswerLost(TamaraOperation operation, int count = 1) =>
        _host.InjectFault(Endpoint(operation), FaultMode.Delay, count);

    public override void Heal() => _host.ClearFaults();

    public override void AutoCapture(string orderId) => _host.AdvanceClock(TimeSpan.FromDays(21) + TimeSpan.FromMinutes(1));

    public override void RefuseCancelAfterCapture() => _host.ChangeSettings(new EmulatorSettings(CancelAfterPartialCapture: false));

    public override async ValueTask DisposeAsync()
    {
        _handler.Dispose();
        await _host.DisposeAsync();
    }
}
