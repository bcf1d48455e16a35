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
    public async Task Partial_refunds_in_the_store_currency_that_complete_the_order_add_up_to_what_Tamara_holds()
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

    [Test]
    public async Task A_refund_after_an_offline_refund_kept_out_of_Tamara_sends_only_its_own_amount()
    {
        var harness = await PaidOrderAsync(Backend);
        harness.Settings.SendOfflineRefundsToTamara = false;
        await harness.RefundInNopCommerceAsync(harness.Order, 50m);
        harness.Settings.SendOfflineRefundsToTamara = true;

        var outcome = await RefundOnlineAsync(harness, harness.Order.OrderTotal - harness.Order.RefundedAmount, true);

        var tamara = await harness.TamaraAsync();
        Assert.Multiple(() =>
        {
            Assert.That(outcome.Kind, Is.EqualTo(AfterSaleOutcomeKind.Done), outcome.Message);
            Assert.That(tamara.Transactions.Refunds.Select(refund => refund.TotalAmount!.Amount), Is.EqualTo(new[] { 135.49m }));
        });
    }

    [Test]
    public async Task An_offline_refund_sent_to_Tamara_after_one_kept_out_sends_only_its_own_amount()
    {
        var harness = await PaidOrderAsync(Backend);
        harness.Settings.SendOfflineRefundsToTamara = false;
        await harness.RefundInNopCommerceAsync(harness.Order, 50m);
        harness.Settings.SendOfflineRefundsToTamara = true;

        await harness.RefundInNopCommerceAsync(harness.Order, 135.49m);

        var tamara = await harness.TamaraAsync();
        Assert.That(tamara.Transactions.Refunds.Select(refund => refund.TotalAmount!.Amount), Is.EqualTo(new[] { 135.49m }));
    }

    [Test]
    public async Task A_queued_online_refund_does_not_hide_a_later_offline_refund()
    {
        var harness = await PaidOrderAsync(Backend);
        Backend.Unreachable(TamaraOperation.Refund);
        var queued = await harness.Refund.RefundAsync(harness.Order, 40m);

        await harness.RefundInNopCommerceAsync(harness.Order, 25m);

        var tamara = await harness.TamaraAsync();
        Assert.Multiple(() =>
        {
            Assert.That(queued.Kind, Is.EqualTo(AfterSaleOutcomeKind.Queued));
            Assert.That(tamara.Transactions.Refunds.Select(refund => refund.TotalAmount!.Amount), Is.EqualTo(new[] { 25m }));
        });
    }

    [Test]
    public async Task A_queued_refund_Tamara_made_that_nopCommerce_will_not_record_gets_a_note_and_an_error_log()
    {
        var harness = await PaidOrderAsync(Backend);
        Backend.Unreachable(TamaraOperation.Refund);
        await harness.Refund.RefundAsync(harness.Order, 100m);
        //meanwhile the admin refunds offline more than nopCommerce then lets the queued one add
        harness.Settings.SendOfflineRefundsToTamara = false;
        await harness.RefundInNopCommerceAsync(harness.Order, 150m);

        await harness.MakeQueuedActionsDueAsync();
        await harness.Retry.RetryDueAsync(harness.Order);

        Assert.Multiple(async () =>
        {
            Assert.That((await harness.TamaraAsync()).RefundedAmount!.Amount, Is.EqualTo(100m));
            Assert.That(harness.Order.RefundedAmount, Is.EqualTo(150m));
            Assert.That(harness.NotesOf(), Has.Some.Contains("nopCommerce does not accept it"));
            Assert.That(harness.Errors, Has.Some.Contains("nopCommerce does not accept it"));
        });
    }

    [Test]
    public async Task A_409_on_an_offline_refund_leads_to_a_fresh_read_and_the_refund_is_still_sent()
    {
        var harness = await PaidOrderAsync(Backend);
        Backend.Conflict(TamaraOperation.Refund);

        await harness.RefundInNopCommerceAsync(harness.Order, 30m);

        var tamara = await harness.TamaraAsync();
        Assert.Multiple(() =>
        {
            Assert.That(tamara.Transactions.Refunds.Select(refund => refund.TotalAmount!.Amount), Is.EqualTo(new[] { 30m }));
            Assert.That(harness.NotesOf(), Has.None.Contains("not sent to Tamara"));
        });
    }

    [Test]
    public async Task A_409_on_an_online_refund_leads_to_a_fresh_read_and_the_refund_is_still_made()
    {
        var harness = await PaidOrderAsync(Backend);
        Backend.Conflict(TamaraOperation.Refund);

        var outcome = await RefundOnlineAsync(harness, 30m, true);

        Assert.That(outcome.Kind, Is.EqualTo(AfterSaleOutcomeKind.Done), outcome.Message);
        Assert.That((await harness.TamaraAsync()).RefundedAmount!.Amount, Is.EqualTo(30m));
    }

    [Test]
    public async Task The_same_refund_from_two_nodes_in_the_lock_at_once_is_sent_once()
    {
        var harness = await PaidOrderAsync(Backend);
        var otherNode = harness.OtherNode();

        var first = await otherNode.Refund.RefundAsync(harness.Order, 30m);
        var second = await harness.Refund.RefundAsync(harness.Order, 30m);

        var tamara = await harness.TamaraAsync();
        Assert.Multiple(() =>
        {
            Assert.That(first.Kind, Is.EqualTo(AfterSaleOutcomeKind.Done));
            Assert.That(second.Kind, Is.Not.EqualTo(AfterSaleOutcomeKind.Done), "nopCommerce must not record the second");
            Assert.That(tamara.Transactions.Refunds, Has.Count.EqualTo(1));
        });
    }
}
