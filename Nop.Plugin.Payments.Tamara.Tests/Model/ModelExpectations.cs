using Nop.Core.Domain.Orders;
using Nop.Plugin.Payments.Tamara.Api.Models;
using Nop.Plugin.Payments.Tamara.Domain;
using Nop.Plugin.Payments.Tamara.Services.AfterSale;

namespace Nop.Plugin.Payments.Tamara.Tests.Model;

/// <summary>
/// What an admin step must come to, from the plugin's admin-action model (AdminActionModel): the row of the step, the cell of
/// Tamara's status before it, and whether what happened (Tamara's books moved, an action queued, a note, a message shown) matches
/// the cell: an action at Tamara, a note, or a refusal
/// </summary>
public static class ModelExpectations
{
    /// <summary>
    /// Gets the model's row for an admin step; null when the step reaches no cell (a shipment event that is not the store's capture moment)
    /// </summary>
    public static AdminAction? RowOf(ModelStep step, Order before, Order after, ModelCase modelCase) => step switch
    {
        ModelStep.AdminCancelsOrder => AdminAction.CancelOrder,
        ModelStep.AdminChangesOrderStatus when after.OrderStatus == OrderStatus.Cancelled =>
            before.OrderStatus == OrderStatus.Cancelled ? null : AdminAction.CancelOrder,
        ModelStep.AdminChangesOrderStatus => AdminAction.ChangeOrderStatus,
        ModelStep.AdminCaptures => AdminAction.Capture,
        ModelStep.AdminVoids => AdminAction.VoidOnline,
        ModelStep.AdminVoidsOffline => AdminAction.VoidOffline,
        ModelStep.AdminMarksAsPaid => AdminAction.MarkAsPaid,
        ModelStep.AdminRefunds => AdminAction.RefundOnline,
        ModelStep.AdminRefundsPartially => AdminAction.PartialRefundOnline,
        ModelStep.AdminRefundsOffline => modelCase.SendOfflineRefundsToTamara ? AdminAction.OfflineRefundSentToTamara : AdminAction.RefundOffline,
        ModelStep.AdminRefundsPartiallyOffline => modelCase.SendOfflineRefundsToTamara ? AdminAction.OfflineRefundSentToTamara : AdminAction.PartialRefundOffline,
        ModelStep.AdminDeletesOrder => AdminAction.Delete,
        ModelStep.AdminEditsOrderTotals => AdminAction.EditOrder,
        ModelStep.AdminShips when modelCase.CaptureTrigger == CaptureTrigger.ShipmentSent => AdminAction.Shipment,
        ModelStep.AdminMarksDelivered when modelCase.CaptureTrigger == CaptureTrigger.ShipmentDelivered => AdminAction.Shipment,
        _ => null
    };

    /// <summary>
    /// Tamara's status as the model names it, from the emulator's wire name
    /// </summary>
    public static TamaraOrderStatus StatusOf(string wireStatus) =>
        Enum.TryParse<TamaraOrderStatus>(wireStatus.Replace("_", string.Empty), true, out var status) ? status : TamaraOrderStatus.Unknown;

    /// <summary>
    /// Gets why the step's outcome does not match the model's cell, or null when it does
    /// </summary>
    public static string? Mismatch(AdminActionRule rule, bool reachedTamara, bool queued, bool noted, bool shown)
    {
        var matches = rule.Reaction switch
        {
            TamaraReaction.Nothing => !reachedTamara,
            TamaraReaction.Note => noted || shown || queued,
            TamaraReaction.Refuse => shown && !reachedTamara,
            TamaraReaction.Read => true,
            //an action on amounts Tamara no longer holds (nothing left to capture or cancel) is said in a note; an action
            //already queued takes this one (or its note) with it
            _ => reachedTamara || queued || noted || shown
        };
        return matches ? null : $"the model says {rule.Reaction} for {rule.Action} when Tamara is {rule.Status}, but it {Told(reachedTamara, queued, noted, shown)}";
    }

    private static string Told(bool reachedTamara, bool queued, bool noted, bool shown)
    {
        var what = new List<string>();
        if (reachedTamara)
            what.Add("reached Tamara");
        if (queued)
            what.Add("was queued");
        if (noted)
            what.Add("left a note");
        if (shown)
            what.Add("showed a message");
        return what.Count == 0 ? "left no trace" : string.Join(", ", what);
    }
}
