using Nop.Plugin.Payments.Tamara.Api;
using NUnit.Framework;
using Tamara.Emulator;
using Tamara.Emulator.Control;

namespace Nop.Plugin.Payments.Tamara.Tests.Support;

/// <summary>
/// Starts one Tamara emulator on 127.0.0.1 for a fixture and gives each test a fresh nopCommerce stub pointed at it
/// </summary>
public abstract class EmulatorTestBase
{
    protected TamaraEmulatorHost Tamara { get; private set; } = null!;

    protected ITamaraClientFactory ClientFactory { get; } = CheckoutOrders.CreateClientFactory();

    protected NopStub Nop { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartEmulatorAsync()
    {
        Tamara = await TamaraEmulatorHost.StartAsync(new TamaraEmulatorOptions { FreezeClock = true, StrictTotals = true });
    }

    [OneTimeTearDown]
    public async Task StopEmulatorAsync()
    {
        await Tamara.DisposeAsync();
    }

    [SetUp]
    public void CreateStub()
    {
        Tamara.ClearFaults();
        Tamara.ChangeSettings(new EmulatorSettings(AutoCaptureAtAuthorise: false, MinLimit: 1m, MaxLimit: 10000m));
        Nop = new NopStub();
        Nop.Store.Url = "http://127.0.0.1:9/";
        Nop.Settings.Environment = TamaraEnvironment.Custom;
        Nop.Settings.CustomApiUrl = Tamara.BaseUrl;
        Nop.Settings.ApiToken = Tamara.ApiToken;
        Nop.Settings.NotificationToken = Tamara.NotificationToken;
    }

    /// <summary>
    /// A client of the merchant acting outside the plugin (the partner portal, another system)
    /// </summary>
    protected ITamaraClient MerchantClient() =>
        ClientFactory.Create(new TamaraClientOptions { Environment = TamaraEnvironment.Custom, CustomBaseUrl = Tamara.BaseUrl, ApiToken = Tamara.ApiToken });

    /// <summary>
    /// Number of authorise calls the plugin made for a Tamara order, counted from the debug call log
    /// </summary>
    protected int AuthoriseCalls(string tamaraOrderId) =>
        Nop.LogMessages.Count(message => message.Contains($"POST /orders/{tamaraOrderId}/authorise", StringComparison.Ordinal));
}
