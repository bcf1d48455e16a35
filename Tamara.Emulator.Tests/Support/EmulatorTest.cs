namespace Tamara.Emulator.Tests.Support;

/// <summary>Each test gets its own emulator on a free loopback port, and a merchant receiver for its notifications.</summary>
public abstract class EmulatorTest
{
    protected TamaraEmulatorHost Tamara { get; private set; } = null!;

    protected TamaraApi Api { get; private set; } = null!;

    protected NotificationReceiver Merchant { get; private set; } = null!;

    protected string NotificationUrl => $"{Merchant.BaseUrl}/tamara/webhook";

    /// <summary>Options of the emulator for this fixture; the default is the test host's own default.</summary>
    protected virtual TamaraEmulatorOptions? Options => null;

    [SetUp]
    public async Task StartEmulatorAsync()
    {
        Merchant = await NotificationReceiver.StartAsync();
        Tamara = await TamaraEmulatorHost.StartAsync(Options);
        Api = TamaraApi.For(Tamara);
    }

    [TearDown]
    public async Task StopEmulatorAsync()
    {
        Api.Dispose();
        await Tamara.DisposeAsync();
        await Merchant.DisposeAsync();
    }

    /// <summary>A new SAR order (287.07) approved by the customer.</summary>
    protected async Task<string> ApprovedOrderAsync()
    {
        var orderId = await Api.CreateOrderAsync(CheckoutRequests.Sar(NotificationUrl));
        Tamara.Approve(orderId);
        return orderId;
    }

    /// <summary>A new SAR order (287.07), approved and authorised.</summary>
    protected async Task<string> AuthorisedOrderAsync()
    {
        var orderId = await ApprovedOrderAsync();
        var answer = await Api.PostAsync($"/orders/{orderId}/authorise", null);
        Assert.That(answer.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.OK), answer.Text);
        return orderId;
    }

    protected static System.Text.Json.Nodes.JsonObject Money(decimal amount, string currency = "SAR") =>
        new() { ["amount"] = amount, ["currency"] = currency };

    protected static System.Text.Json.Nodes.JsonObject CaptureBody(string orderId, decimal amount, string currency = "SAR") => new()
    {
        ["order_id"] = orderId,
        ["total_amount"] = Money(amount, currency),
        ["shipping_info"] = new System.Text.Json.Nodes.JsonObject
        {
            ["shipped_at"] = "2026-01-01T10:00:00Z",
            ["shipping_company"] = "Aramex",
            ["tracking_number"] = "AX123"
        }
    };
}
