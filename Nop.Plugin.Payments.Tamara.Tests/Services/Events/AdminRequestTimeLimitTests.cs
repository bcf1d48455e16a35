using Nop.Core.Domain.Payments;
using Nop.Plugin.Payments.Tamara.Api.Models;
using Nop.Plugin.Payments.Tamara.Domain;
using NUnit.Framework;
using Nop.Plugin.Payments.Tamara.Tests.Support.AfterSale;

namespace Nop.Plugin.Payments.Tamara.Tests.Services.Events;

/// <summary>
/// Event consumers run inside the admin's request: against a slow Tamara they give up quickly and leave the work to the task
/// </summary>
public class AdminRequestTimeLimitTests : AfterSaleFixture
{
    public AdminRequestTimeLimitTests(BackendKind kind) : base(kind)
    {
    }

    [Test]
    public async Task Shipping_fifty_orders_against_a_slow_Tamara_makes_one_call_and_the_task_captures_each_order_once()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Sar());
        for (var i = 1; i < 50; i++)
            await harness.AddOrderAsync(AfterSaleOrder.Sar(), TamaraOrderStatus.Authorised);
        Backend.AnswerLost(TamaraOperation.Capture, 50);

        //bulk "Set as shipped": one admin request, fifty ShipmentSentEvents
        foreach (var order in harness.Orders)
            await harness.ShipmentSentAsync(order.Ship(3, 1));
        var capturedInTheRequest = 0m;
        foreach (var order in harness.Orders)
            capturedInTheRequest += (await harness.TamaraAsync(order.Order)).CapturedAmount?.Amount ?? 0;
        var queued = 0;
        foreach (var order in harness.Orders)
            queued += (await harness.Records.GetPendingActionsAsync(order.Order)).Count(action => action.Kind == PendingActionKind.Capture);

        Backend.Heal();
        foreach (var order in harness.Orders)
            await harness.MakeQueuedActionsDueAsync(order.Order);
        for (var run = 0; run < 3; run++)
            await harness.Reconciliation.RunAsync();

        Assert.That(capturedInTheRequest, Is.EqualTo(185.49m), "only the first call reached the slow Tamara; the rest were queued at once");
        Assert.That(queued, Is.EqualTo(50));
        foreach (var order in harness.Orders)
        {
            var tamara = await harness.TamaraAsync(order.Order);
            Assert.That(tamara.Transactions.Captures, Has.Count.EqualTo(1), $"order {order.Order.Id} captured once");
            Assert.That(tamara.CapturedAmount!.Amount, Is.EqualTo(185.49m));
            Assert.That(order.Order.PaymentStatus, Is.EqualTo(PaymentStatus.Paid));
        }
    }

    [Test]
    public async Task Cancelling_an_order_against_a_slow_Tamara_queues_the_cancel_instead_of_waiting()
    {
        var harness = await AfterSaleHarness.CreateAsync(Backend, AfterSaleOrder.Kwd());
        Backend.AnswerLost(TamaraOperation.Get);

        await harness.CancelInNopCommerceAsync();

        Assert.That((await harness.Records.GetPendingActionsAsync(harness.Order)).Select(action => action.Kind), Is.EqualTo(new[] { PendingActionKind.Cancel }));
        Assert.That(harness.Order.PaymentStatus, Is.EqualTo(PaymentStatus.Authorized), "only Tamara's answer voids it");
    }
}
