using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Payments.Tamara.Tests.Support.Journeys;

namespace Nop.Plugin.Payments.Tamara.Tests.Model;

/// <summary>
/// One order as both sides see it after a step: nopCommerce's order, Tamara's books, what the plugin last read, and what the
/// store did (shipments at their capture moment, refunds it sent through Tamara)
/// </summary>
public sealed record ModelSnapshot(Order Order, TamaraBooks Tamara, bool PluginSawApproved, bool NothingShippedToCapture, bool EverythingShippedToCapture,
    decimal RefundedThroughTamara, bool CapturedByTamaraOrAdmin, bool MarkedPaidByHand)
{
    public bool Dropped => Order.OrderStatus == OrderStatus.Cancelled || Order.Deleted || Order.PaymentStatus == PaymentStatus.Voided;

    public override string ToString() =>
        $"nopCommerce {Order.OrderStatus}/{Order.PaymentStatus}{(Order.Deleted ? "/deleted" : string.Empty)} total {Order.OrderTotal} refunded {Order.RefundedAmount}; " +
        $"Tamara {Tamara.Status} total {Tamara.Total} captured {Tamara.Captured} canceled {Tamara.Canceled} refunded {Tamara.Refunded}";
}

/// <summary>
/// The invariants of the order status flow (Tamara's seed 004) the model checks. Two kinds:
/// <list type="bullet">
/// <item>at all times, faults or not: nothing captured beyond what was shipped (unless Tamara captured by itself after 21 days or
/// the admin pressed Capture);</item>
/// <item>once the plugin had its chance: after a step that met no fault, or, when a step met one, once the faults are cleared and
/// the task has run over the next hours (the store heals): nothing refunded beyond what nopCommerce refunded through Tamara, nothing left open at Tamara on an order cancelled, voided or deleted;
/// no order in <c>approved</c> once the plugin read it so; nopCommerce's payment status never contradicting Tamara's.</item>
/// </list>
/// </summary>
public static class ModelInvariants
{
    public static IEnumerable<string> AtAllTimes(ModelSnapshot snapshot)
    {
        var tamara = snapshot.Tamara;
        if (!snapshot.CapturedByTamaraOrAdmin && snapshot.NothingShippedToCapture && tamara.Captured > 0)
            yield return $"Tamara captured {tamara.Captured} with no shipment at its capture moment";
        if (!snapshot.CapturedByTamaraOrAdmin && !snapshot.EverythingShippedToCapture && tamara.WasAuthorised && tamara.Captured >= tamara.Total)
            yield return "Tamara captured everything while something is not shipped";
    }

    public static IEnumerable<string> OnceThePluginHadItsChance(ModelSnapshot snapshot, bool healed)
    {
        var (order, tamara) = (snapshot.Order, snapshot.Tamara);
        //a refund whose answer was lost is Tamara's before nopCommerce records it: counted once the plugin could read it back
        if (tamara.Refunded > snapshot.RefundedThroughTamara)
            yield return $"Tamara refunded {tamara.Refunded}, nopCommerce only {snapshot.RefundedThroughTamara} through Tamara";
        if (snapshot.Dropped && tamara.Open > 0)
            yield return $"the order is {(order.Deleted ? "deleted" : order.OrderStatus == OrderStatus.Cancelled ? "cancelled" : "voided")} but Tamara still holds {tamara.Open} authorised";
        if (tamara.Status == "approved" && (snapshot.PluginSawApproved || healed))
            yield return "Tamara's order is still approved after the plugin read it";
        //a refund Tamara refused because it holds nothing captured is said in a note (and nopCommerce's own refund is the admin's)
        if (healed && tamara.Refunded < snapshot.RefundedThroughTamara && tamara.Captured >= snapshot.RefundedThroughTamara)
            yield return $"nopCommerce refunded {snapshot.RefundedThroughTamara} through Tamara, Tamara only {tamara.Refunded}";
        if (snapshot.EverythingShippedToCapture && !snapshot.Dropped && tamara.Open > 0)
            yield return "everything is shipped but Tamara still holds money authorised";
        if (order.Deleted)
            yield break;

        switch (order.PaymentStatus)
        {
            case PaymentStatus.Pending when tamara.WasAuthorised && (tamara.Open > 0 || tamara.Captured > tamara.Refunded):
                yield return "Pending in nopCommerce while Tamara holds the shopper's money";
                break;
            case PaymentStatus.Authorized when !tamara.WasAuthorised || tamara.Open == 0:
                yield return "Authorized in nopCommerce with nothing open at Tamara";
                break;
            //Mark as paid by hand while Tamara holds money is the admin's word against Tamara's: the model notes it
            case PaymentStatus.Paid or PaymentStatus.PartiallyRefunded or PaymentStatus.Refunded when tamara.Open > 0 && !snapshot.MarkedPaidByHand:
                yield return $"{order.PaymentStatus} in nopCommerce while Tamara only authorised {tamara.Open}";
                break;
        }
    }
}
