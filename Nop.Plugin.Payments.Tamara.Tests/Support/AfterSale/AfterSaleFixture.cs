using NUnit.Framework;

namespace Nop.Plugin.Payments.Tamara.Tests.Support.AfterSale;

/// <summary>
/// Runs each after-sale test twice: against the in-memory Tamara, and with the real client against the emulator
/// </summary>
[Category("AfterSale")]
[TestFixture(BackendKind.Fake)]
[TestFixture(BackendKind.Emulator)]
public abstract class AfterSaleFixture
{
    private readonly BackendKind _kind;

    protected AfterSaleFixture(BackendKind kind)
    {
        _kind = kind;
    }

    protected TamaraBackend Backend { get; private set; } = null!;

    [SetUp]
    public async Task StartTamaraAsync() => Backend = await TamaraBackend.StartAsync(_kind);

    [TearDown]
    public async Task StopTamaraAsync() => await Backend.DisposeAsync();

    /// <summary>
    /// An order of the harness captured whole, as nopCommerce shows it once paid
    /// </summary>
    protected static async Task<AfterSaleHarness> PaidOrderAsync(TamaraBackend backend, AfterSaleOrder? order = null)
    {
        var harness = await AfterSaleHarness.CreateAsync(backend, order ?? AfterSaleOrder.Sar());
        await harness.ShipmentSentAsync(harness.Test.Ship(harness.Test.Items.Select(item => item.Quantity).ToArray()));
        Assert.That(harness.Order.PaymentStatus, Is.EqualTo(Nop.Core.Domain.Payments.PaymentStatus.Paid), "precondition: captured and paid");
        return harness;
    }
}
