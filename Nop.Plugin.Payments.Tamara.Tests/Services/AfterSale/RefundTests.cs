using Nop.Core.Domain.Payments;
using Nop.Plugin.Payments.Tamara.Services.AfterSale;
using NUnit.Framework;
using Nop.Plugin.Payments.Tamara.Tests.Support.AfterSale;

namespace Nop.Plugin.Payments.Tamara.Tests.Services.AfterSale;

public class RefundTests : AfterSaleFixture
{
    public RefundTests(BackendKind kind) : base(kind)
    {
    }

    /// <summary>
    /// nopCommerce's RefundAsync / PartiallyRefundAsync: the payment method, then the order, then OrderRefundedEvent
    /// </summary>
    private static async Task<AfterSaleOutcome> RefundOnlineAsync(AfterSaleHarness harness, decimal amount, bool partial)
    {
        var outcome = await harness.Refund.RefundAsync(harness.Order, amount);
        if (outcome.Kind == AfterSaleOutcomeKind.Done)
            await harness.RefundInNopCommerceAsync(harness.Order, amount);
        return outcome;
    }

    [Test]
    public async Task A_full_online_refund_refunds_everything_captured_once()
    {
        var harness = await PaidOrderAsync(Backend);

        var outcome = await RefundOnlineAsync(harness, harness.Order.OrderTotal, false);

        var tamara = await harness.TamaraAsync();
        Assert.Multiple(() =>
        {
            Assert.That(outcome.Kind, Is.EqualTo(AfterSaleOutcomeKind.Done));
            Assert.That(tamara.RefundedAmount!.Amount, Is.EqualTo(185.49m));
            Assert.That(tamara.Transactions.Refunds, Has.Count.EqualTo(1));
            Assert.That(harness.Order.PaymentStatus, Is.EqualTo(PaymentStatus.Refunded));
        });
    }

    [Test]
    public async Task A_partial_online_refund_is_not_sent_again_by_the_refunded_event()
    {
        var harness = await PaidOrderAsync(Backend, AfterSaleOrder.Kwd());

        await RefundOnlineAsync(harness, 4.125m, true);
        await RefundOnlineAsync(harness, 1.005m, true);

        var tamara = await harness.TamaraAsync();
        Assert.Multiple(() =>
        {
            Assert.That(tamara.Transactions.Refunds.Select(refund => refund.TotalAmount!.Amount), Is.EquivalentTo(new[] { 4.125m, 1.005m }));
            Assert.That(tamara.Transactions.Refunds.Select(refund => refund.MerchantRefundId), Is.All.Not.Empty);
            Assert.That(tamara.RefundedAmount!.Amount, Is.EqualTo(5.130m));
        });
    }

    [Test]
    public async Task A_refund_above_what_Tamara_can_refund_is_refused_before_calling_Tamara()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Sar());
        await harness.ShipmentSentAsync(harness.Test.Ship(1, 0));

        var outcome = await harness.Refund.RefundAsync(harness.Order, 100m);

        Assert.That(outcome.Kind, Is.EqualTo(AfterSaleOutcomeKind.Refused));
        Assert.That(outcome.Message, Does.Contain("at most"));
        Assert.That((await harness.TamaraAsync()).Transactions.Refunds, Is.Empty);
    }

    [Test]
    public async Task A_refund_entered_offline_is_sent_to_Tamara()
    {
        var harness = await PaidOrderAsync(Backend);

        await harness.RefundInNopCommerceAsync(harness.Order, 30m);

        var refund = (await harness.TamaraAsync()).Transactions.Refunds.Single();
        Assert.That(refund.TotalAmount!.Amount, Is.EqualTo(30m));
        Assert.That(refund.Comment, Does.Contain("entered offline"));
    }

    [Test]
    public async Task A_full_refund_entered_offline_refunds_what_Tamara_holds()
    {
        var harness = await PaidOrderAsync(Backend, AfterSaleOrder.Kwd());

        await harness.RefundInNopCommerceAsync(harness.Order, harness.Order.OrderTotal);
        await harness.RefundInNopCommerceAsync(harness.Order, 0m);

        var tamara = await harness.TamaraAsync();
        Assert.That(tamara.RefundedAmount!.Amount, Is.EqualTo(15.375m));
        Assert.That(tamara.Transactions.Refunds, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_refund_entered_offline_stays_in_nopCommerce_when_the_setting_is_off()
    {
        var harness = await PaidOrderAsync(Backend);
        harness.Settings.SendOfflineRefundsToTamara = false;

        await harness.RefundInNopCommerceAsync(harness.Order, 30m);
        harness.Settings.SendOfflineRefundsToTamara = true;
        await RefundOnlineAsync(harness, 10m, true);

        var tamara = await harness.TamaraAsync();
        Assert.That(tamara.Transactions.Refunds.Select(refund => refund.TotalAmount!.Amount), Is.EqualTo(new[] { 10m }));
        Assert.That(harness.NotesOf(), Has.Some.Contains("not sent to Tamara"));
    }

    [Test]
    public async Task Partial_refunds_in_the_store_currency_that_complete_the_order_refund_everything_Tamara_holds()
    {
        //0.2666: 33.33 gives 8.89 and the rest 152.16 gives 40.57, one fils more than the 49.45 of the whole order
        var order = AfterSaleOrder.Sar();
        order.Order.CurrencyRate = 0.2666m;
        var harness = await PaidOrderAsync(Backend, order);
        var captured = (await harness.TamaraAsync()).CapturedAmount!.Amount;

        var first = await RefundOnlineAsync(harness, 33.33m, true);
        var last = await RefundOnlineAsync(harness, harness.Order.OrderTotal - harness.Order.RefundedAmount, true);

        var tamara = await harness.TamaraAsync();
        Assert.Multiple(() =>
        {
            Assert.That(captured, Is.EqualTo(49.45m));
            Assert.That(first.Kind, Is.EqualTo(AfterSaleOutcomeKind.Done));
            Assert.That(last.Kind, Is.EqualTo(AfterSaleOutcomeKind.Done), last.Message);
            Assert.That(tamara.Transactions.Refunds.Select(refund => refund.TotalAmount!.Amount), Is.EqualTo(new[] { 8.89m, 40.56m }));
            Assert.That(tamara.RefundedAmount!.Amount, Is.EqualTo(captured));
        });
    }
}
