using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;

namespace Nop.Plugin.Payments.Tamara.Tests.Support.Journeys;

/// <summary>
/// Compares every order of a journey with its Tamara order once the journey is over, and counts what the books show wrong:
/// <list type="bullet">
/// <item>lost: Tamara holds or took the shopper's money while nopCommerce never recorded the payment, nopCommerce records a payment
/// Tamara does not hold, or the shopper pays for an order the store cancelled or deleted before shipping anything;</item>
/// <item>double captures: two captures at Tamara for one shipment (its tracking number);</item>
/// <item>double refunds: Tamara refunded more than nopCommerce refunded through Tamara;</item>
/// <item>left in approved: Tamara's order still approved (the shopper's first instalment held until Tamara expires it), even on an
/// order cancelled in nopCommerce (that one is authorised and cancelled at once);</item>
/// <item>amounts differ: the session total, the refunded amount, a fully shipped order not fully captured, an order paid, cancelled
/// or deleted in nopCommerce that Tamara still holds open, an order Tamara captured whole that nopCommerce does not show as paid.</item>
/// </list>
/// </summary>
public static class JourneyAudit
{
    private static decimal InShopperCurrency(Order order, decimal amount) =>
        Math.Round(amount * order.CurrencyRate, order.CustomerCurrencyCode is "KWD" or "BHD" or "OMR" ? 3 : 2, MidpointRounding.AwayFromZero);

    public static decimal RefundAmountAtTamara(Order order, decimal amount) => InShopperCurrency(order, amount);

    public static async Task<Figures> AuditAsync(JourneyStore store, string journey)
    {
        var figures = new Figures();
        foreach (var order in store.OrderIds.Select(store.Nop.GetOrder))
            await AuditOrderAsync(store, journey, order, figures);

        return figures;
    }

    private static async Task AuditOrderAsync(JourneyStore store, string journey, Order order, Figures figures)
    {
        var nopHasPayment = order.PaymentStatus is PaymentStatus.Authorized or PaymentStatus.Paid or PaymentStatus.PartiallyRefunded or PaymentStatus.Refunded;
        if (string.IsNullOrEmpty(order.AuthorizationTransactionId))
        {
            if (nopHasPayment)
                figures.Record(Figures.LOST, journey, order.Id, $"{journey}: order {order.Id} is {order.PaymentStatus} in nopCommerce without a Tamara order");
            return;
        }

        var tamara = await TamaraBooks.ReadAsync(store.MerchantOf(order), order.AuthorizationTransactionId);
        var dropped = order.OrderStatus == OrderStatus.Cancelled || order.Deleted;
        var what = $"{journey}: order {order.Id} ({order.CustomerCurrencyCode}) is {order.OrderStatus}/{order.PaymentStatus}{(order.Deleted ? "/deleted" : string.Empty)}" +
            $" refunded {order.RefundedAmount} shipped {store.ShippedQuantity(order)} in nopCommerce; Tamara {tamara.Status} total {tamara.Total}" +
            $" captured {tamara.Captured} canceled {tamara.Canceled} refunded {tamara.Refunded}";

        if (tamara.Status == "approved")
            figures.Record(Figures.APPROVED, journey, order.Id, what);

        if (tamara.WasAuthorised && order.PaymentStatus == PaymentStatus.Pending && (tamara.Open > 0 || tamara.Captured > tamara.Refunded))
            figures.Record(Figures.LOST, journey, order.Id, $"{what}: Tamara holds the shopper's money, nopCommerce never recorded the payment");
        else if (!tamara.WasAuthorised && tamara.Status != "canceled" && nopHasPayment)
            figures.Record(Figures.LOST, journey, order.Id, $"{what}: nopCommerce records a payment Tamara does not hold");
        else if (dropped && store.ShippedQuantity(order) == 0 && tamara.Captured > tamara.Refunded)
            figures.Record(Figures.LOST, journey, order.Id, $"{what}: the shopper pays for an order the store dropped before shipping anything");

        var doubles = tamara.CaptureTrackingNumbers.Where(number => number is not null).GroupBy(number => number).Sum(group => group.Count() - 1);
        if (doubles > 0)
            figures.Record(Figures.DOUBLE_CAPTURE, journey, order.Id, $"{what}: tracking numbers captured {string.Join(", ", tamara.CaptureTrackingNumbers)}", doubles);

        var refundedThroughTamara = store.RefundedThroughTamara.GetValueOrDefault(order.Id);
        if (tamara.Refunded > refundedThroughTamara)
            figures.Record(Figures.DOUBLE_REFUND, journey, order.Id, $"{what}: nopCommerce refunded {refundedThroughTamara} through Tamara");

        var differences = new List<string>();
        if (tamara.Total != InShopperCurrency(order, order.OrderTotal))
            differences.Add($"the session total is not the order total {InShopperCurrency(order, order.OrderTotal)}");
        if (tamara.Refunded < refundedThroughTamara)
            differences.Add($"nopCommerce refunded {refundedThroughTamara} through Tamara");
        if (store.IsFullyShipped(order) && !dropped && tamara.WasAuthorised && tamara.Captured != tamara.Total)
            differences.Add("everything is shipped but not captured");
        if (order.PaymentStatus is PaymentStatus.Paid or PaymentStatus.PartiallyRefunded or PaymentStatus.Refunded && tamara.Open != 0)
            differences.Add($"paid in nopCommerce while Tamara still holds {tamara.Open} authorised");
        if ((dropped || order.PaymentStatus == PaymentStatus.Voided) && tamara.Open != 0)
            differences.Add($"cancelled, deleted or voided in nopCommerce while Tamara still holds {tamara.Open} authorised");
        if (order.PaymentStatus == PaymentStatus.Authorized && tamara.WasAuthorised && tamara.Open == 0 && tamara.Captured > 0)
            differences.Add("Tamara took the payment but nopCommerce does not show it as paid");
        if (differences.Count > 0)
            figures.Record(Figures.AMOUNTS, journey, order.Id, $"{what}: {string.Join("; ", differences)}");
    }
}
