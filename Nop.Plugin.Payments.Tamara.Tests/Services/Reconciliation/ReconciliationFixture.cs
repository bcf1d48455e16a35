using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Payments.Tamara.Tests.Support.AfterSale;

namespace Nop.Plugin.Payments.Tamara.Tests.Services.Reconciliation;

/// <summary>
/// The orders the reconciliation tests start from
/// </summary>
public abstract class ReconciliationFixture : AfterSaleFixture
{
    protected ReconciliationFixture(BackendKind kind) : base(kind)
    {
    }

    /// <summary>
    /// An order placed (pending) the given number of days ago, just past the task's grace period
    /// </summary>
    protected static AfterSaleOrder Placed(AfterSaleOrder order, int daysAgo = 0)
    {
        order.Order.OrderStatus = OrderStatus.Pending;
        order.Order.PaymentStatus = PaymentStatus.Pending;
        order.Order.CreatedOnUtc = DateTime.UtcNow.AddDays(-daysAgo).AddMinutes(-40);
        return order;
    }

    /// <summary>
    /// An order authorised 22 days ago that Tamara captured by itself after 21 days
    /// </summary>
    protected async Task<AfterSaleHarness> AutoCapturedByTamaraAsync()
    {
        var order = AfterSaleOrder.Sar();
        order.Order.CreatedOnUtc = DateTime.UtcNow.AddDays(-22);
        var harness = await AfterSaleHarness.CreateAsync(Backend, order);
        Backend.AutoCapture(harness.Order.AuthorizationTransactionId);
        return harness;
    }
}
