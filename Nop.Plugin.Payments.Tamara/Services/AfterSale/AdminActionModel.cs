using System.Collections.Frozen;
using Nop.Plugin.Payments.Tamara.Api.Models;

namespace Nop.Plugin.Payments.Tamara.Services.AfterSale;

/// <summary>
/// The admin-action model: for each admin action on a Tamara order and each Tamara status, what the plugin does at
/// Tamara. The services ask it before they call Tamara (and again on the status they read), docs/order-flow.md shows it
/// as one table, and a test keeps the two the same.
/// </summary>
/// <remarks>
/// nopCommerce decides which buttons it shows from the payment status; this table decides what the plugin does once a
/// button (or an event) reaches it. Settings narrow it further: "Cancel at Tamara when the order is cancelled" off turns
/// Cancel on an authorised order into a note, and offline refunds are sent only with "Send offline refunds to Tamara" on.
/// </remarks>
public static class AdminActionModel
{
    #region Fields

    private const string NOT_APPROVED_YET = "Tamara has not approved this order yet, so there is nothing to void or capture. Cancel the order instead if it is not wanted.";
    private const string ON_HOLD = "Tamara is reviewing this order (on hold). Try again once Tamara has decided; Sync now shows when.";
    private const string NOTHING_OPEN = "Tamara holds nothing open on this order any more: what was captured stays with Tamara. Use Refund or Partial refund to give money back.";
    private const string NOTHING_CAPTURED = "Nothing of this order is captured at Tamara, so there is nothing to refund. Void or cancel the order instead.";
    private const string CLOSED = "Tamara no longer holds this order (cancelled, declined or expired): there is nothing to do at Tamara.";
    private const string FULLY_REFUNDED = "Tamara has already refunded all of this order.";
    private const string KEPT_IN_NOPCOMMERCE = "The offline refund is kept in nopCommerce only (Send offline refunds to Tamara is off): Tamara is not asked to refund it.";
    private const string MARKED_PAID_BY_HAND = "The order was marked as paid in nopCommerce, but Tamara has not captured all of it: Tamara settles only what is captured, and captures the rest by itself 21 days after authorisation. Ship the order, or void it at Tamara, so both agree.";
    private const string AFTER_SHIPPING = "The shipment is captured at Tamara once Tamara authorises the order.";
    private const string CAPTURED_ALREADY = "Tamara has nothing more to capture on this order.";

    private static readonly TamaraOrderStatus[] _statuses =
    [
        TamaraOrderStatus.New, TamaraOrderStatus.Approved, TamaraOrderStatus.Authorised, TamaraOrderStatus.Updated,
        TamaraOrderStatus.PartiallyCaptured, TamaraOrderStatus.FullyCaptured, TamaraOrderStatus.PartiallyRefunded,
        TamaraOrderStatus.FullyRefunded, TamaraOrderStatus.Canceled, TamaraOrderStatus.Declined, TamaraOrderStatus.Expired,
        TamaraOrderStatus.OnHold, TamaraOrderStatus.Unknown
    ];
    private static readonly TamaraOrderStatus[] _open = [TamaraOrderStatus.Authorised, TamaraOrderStatus.Updated, TamaraOrderStatus.PartiallyCaptured];
    private static readonly TamaraOrderStatus[] _captured = [TamaraOrderStatus.FullyCaptured, TamaraOrderStatus.PartiallyRefunded, TamaraOrderStatus.FullyRefunded];
    private static readonly TamaraOrderStatus[] _closed = [TamaraOrderStatus.Canceled, TamaraOrderStatus.Declined, TamaraOrderStatus.Expired];

    private static readonly FrozenDictionary<(AdminAction, TamaraOrderStatus), AdminActionRule> _rules = Build();

    #endregion

    #region Utilities

    private static FrozenDictionary<(AdminAction, TamaraOrderStatus), AdminActionRule> Build()
    {
        var rules = new Dictionary<(AdminAction, TamaraOrderStatus), AdminActionRule>();
        void Set(AdminAction action, IEnumerable<TamaraOrderStatus> statuses, TamaraReaction reaction, string message = "")
        {
            foreach (var status in statuses)
                rules[(action, status)] = new AdminActionRule(action, status, reaction, message);
        }
        void SetOne(AdminAction action, TamaraOrderStatus status, TamaraReaction reaction, string message = "") => Set(action, [status], reaction, message);

        //closing the order: whatever Tamara still holds open is released, an approval included
        foreach (var action in new[] { AdminAction.CancelOrder, AdminAction.Delete, AdminAction.VoidOffline, AdminAction.SyncNowClosedOrder })
        {
            SetOne(action, TamaraOrderStatus.New, TamaraReaction.Read);
            SetOne(action, TamaraOrderStatus.Approved, TamaraReaction.AuthoriseThenCancel);
            Set(action, _open, TamaraReaction.Cancel);
            Set(action, _captured, TamaraReaction.Note, NOTHING_OPEN);
            Set(action, _closed, TamaraReaction.Nothing);
            SetOne(action, TamaraOrderStatus.OnHold, TamaraReaction.Read);
            SetOne(action, TamaraOrderStatus.Unknown, TamaraReaction.Read);
        }

        SetOne(AdminAction.VoidOnline, TamaraOrderStatus.New, TamaraReaction.Refuse, NOT_APPROVED_YET);
        SetOne(AdminAction.VoidOnline, TamaraOrderStatus.Approved, TamaraReaction.AuthoriseThenCancel);
        Set(AdminAction.VoidOnline, _open, TamaraReaction.Cancel);
        Set(AdminAction.VoidOnline, _captured, TamaraReaction.Refuse, NOTHING_OPEN);
        Set(AdminAction.VoidOnline, _closed, TamaraReaction.Note, CLOSED);
        SetOne(AdminAction.VoidOnline, TamaraOrderStatus.OnHold, TamaraReaction.Refuse, ON_HOLD);
        SetOne(AdminAction.VoidOnline, TamaraOrderStatus.Unknown, TamaraReaction.Read);

        SetOne(AdminAction.Capture, TamaraOrderStatus.New, TamaraReaction.Refuse, NOT_APPROVED_YET);
        SetOne(AdminAction.Capture, TamaraOrderStatus.Approved, TamaraReaction.Refuse, NOT_APPROVED_YET);
        Set(AdminAction.Capture, _open, TamaraReaction.Capture);
        Set(AdminAction.Capture, [TamaraOrderStatus.FullyCaptured, TamaraOrderStatus.FullyRefunded], TamaraReaction.Note, CAPTURED_ALREADY);
        SetOne(AdminAction.Capture, TamaraOrderStatus.PartiallyRefunded, TamaraReaction.Capture);
        Set(AdminAction.Capture, _closed, TamaraReaction.Refuse, CLOSED);
        SetOne(AdminAction.Capture, TamaraOrderStatus.OnHold, TamaraReaction.Refuse, ON_HOLD);
        SetOne(AdminAction.Capture, TamaraOrderStatus.Unknown, TamaraReaction.Read);

        //an approval is never left waiting: the paid order is authorised, then captured and settled like any other
        SetOne(AdminAction.MarkAsPaid, TamaraOrderStatus.Approved, TamaraReaction.Authorise);
        Set(AdminAction.MarkAsPaid, [TamaraOrderStatus.New, .._open, TamaraOrderStatus.OnHold, TamaraOrderStatus.Unknown],
            TamaraReaction.Note, MARKED_PAID_BY_HAND);
        Set(AdminAction.MarkAsPaid, [.._captured, .._closed], TamaraReaction.Nothing);

        foreach (var action in new[] { AdminAction.RefundOnline, AdminAction.PartialRefundOnline, AdminAction.OfflineRefundSentToTamara })
        {
            //a button is refused; an offline refund (an event) is kept in nopCommerce with a note saying why
            var refusal = action == AdminAction.OfflineRefundSentToTamara ? TamaraReaction.Note : TamaraReaction.Refuse;
            //Tamara not yet seen to authorise: read first, so an approval the store missed is authorised, never left waiting
            SetOne(action, TamaraOrderStatus.New, TamaraReaction.Read);
            SetOne(action, TamaraOrderStatus.Approved, TamaraReaction.Authorise);
            Set(action, [TamaraOrderStatus.Authorised, TamaraOrderStatus.Updated], refusal, NOTHING_CAPTURED);
            Set(action, [TamaraOrderStatus.PartiallyCaptured, TamaraOrderStatus.FullyCaptured, TamaraOrderStatus.PartiallyRefunded], TamaraReaction.Refund);
            SetOne(action, TamaraOrderStatus.FullyRefunded, refusal, FULLY_REFUNDED);
            Set(action, _closed, refusal, NOTHING_CAPTURED);
            Set(action, [TamaraOrderStatus.OnHold, TamaraOrderStatus.Unknown], TamaraReaction.Read);
        }

        foreach (var action in new[] { AdminAction.RefundOffline, AdminAction.PartialRefundOffline })
            Set(action, _statuses, TamaraReaction.Note, KEPT_IN_NOPCOMMERCE);

        //captures follow what is shipped and the order's current amounts: editing or changing the status by hand moves nothing at Tamara
        Set(AdminAction.EditOrder, _statuses, TamaraReaction.Nothing);
        Set(AdminAction.ChangeOrderStatus, _statuses, TamaraReaction.Nothing);

        SetOne(AdminAction.Shipment, TamaraOrderStatus.New, TamaraReaction.Note, AFTER_SHIPPING);
        //an approval the store missed is authorised at once (never left in approved), and the shipment captured with it
        SetOne(AdminAction.Shipment, TamaraOrderStatus.Approved, TamaraReaction.Authorise);
        Set(AdminAction.Shipment, [.._open, TamaraOrderStatus.PartiallyRefunded], TamaraReaction.Capture);
        Set(AdminAction.Shipment, [TamaraOrderStatus.FullyCaptured, TamaraOrderStatus.FullyRefunded], TamaraReaction.Note, CAPTURED_ALREADY);
        Set(AdminAction.Shipment, _closed, TamaraReaction.Note, CLOSED);
        SetOne(AdminAction.Shipment, TamaraOrderStatus.OnHold, TamaraReaction.Note, ON_HOLD);
        SetOne(AdminAction.Shipment, TamaraOrderStatus.Unknown, TamaraReaction.Read);

        Set(AdminAction.SyncNow, _statuses, TamaraReaction.Read);
        SetOne(AdminAction.SyncNow, TamaraOrderStatus.Approved, TamaraReaction.Authorise);

        return rules.ToFrozenDictionary();
    }

    #endregion

    #region Properties

    /// <summary>
    /// Gets every Tamara status, in the order of the documented table's columns
    /// </summary>
    public static IReadOnlyList<TamaraOrderStatus> Statuses => _statuses;

    /// <summary>
    /// Gets every admin action, in the order of the documented table's rows
    /// </summary>
    public static IReadOnlyList<AdminAction> Actions { get; } = Enum.GetValues<AdminAction>();

    /// <summary>
    /// Gets every cell of the model, row by row
    /// </summary>
    public static IEnumerable<AdminActionRule> Rules => Actions.SelectMany(action => Statuses.Select(status => Decide(action, status)));

    #endregion

    #region Methods

    /// <summary>
    /// Gets what the plugin does at Tamara for an admin action in a Tamara status
    /// </summary>
    /// <param name="action">Admin action</param>
    /// <param name="status">Tamara status, as last known or as just read; null (never read) counts as unknown</param>
    /// <returns>The rule</returns>
    public static AdminActionRule Decide(AdminAction action, TamaraOrderStatus? status) =>
        _rules[(action, status ?? TamaraOrderStatus.Unknown)];

    /// <summary>
    /// Gets what the plugin does once Tamara was read for the action: a status that still says "read" (one Tamara
    /// added later) is only noted, or refused for a button
    /// </summary>
    /// <param name="action">Admin action</param>
    /// <param name="status">Tamara status just read</param>
    /// <returns>The rule</returns>
    public static AdminActionRule DecideAfterReading(AdminAction action, TamaraOrderStatus status)
    {
        var rule = Decide(action, status);
        if (rule.Reaction != TamaraReaction.Read)
            return rule;

        var isButton = action is AdminAction.VoidOnline or AdminAction.Capture or AdminAction.RefundOnline or AdminAction.PartialRefundOnline;
        return rule with
        {
            Reaction = isButton ? TamaraReaction.Refuse : TamaraReaction.Note,
            Message = $"Tamara reports a status the plugin does not act on ({status}): nothing was done at Tamara. Check the order in Tamara's partner portal."
        };
    }

    /// <summary>
    /// Gets the row label of an admin action in the documented table
    /// </summary>
    public static string Label(AdminAction action) => action switch
    {
        AdminAction.CancelOrder => "Cancel order (or status set to Cancelled)",
        AdminAction.VoidOnline => "Void",
        AdminAction.VoidOffline => "Void (offline)",
        AdminAction.Capture => "Capture",
        AdminAction.MarkAsPaid => "Mark as paid",
        AdminAction.RefundOnline => "Refund",
        AdminAction.PartialRefundOnline => "Partial refund",
        AdminAction.RefundOffline => "Refund (offline)",
        AdminAction.PartialRefundOffline => "Partial refund (offline)",
        AdminAction.OfflineRefundSentToTamara => "Offline refund, sending on",
        AdminAction.Delete => "Delete order",
        AdminAction.EditOrder => "Edit items or totals",
        AdminAction.ChangeOrderStatus => "Change status (not to Cancelled)",
        AdminAction.Shipment => "Shipment sent, ready for pickup, delivered",
        AdminAction.SyncNow => "Sync now (and notifications, task)",
        AdminAction.SyncNowClosedOrder => "Sync now, order cancelled, voided or deleted",
        _ => throw new ArgumentOutOfRangeException(nameof(action))
    };

    /// <summary>
    /// Gets the word of a reaction in the documented table
    /// </summary>
    public static string Word(TamaraReaction reaction) => reaction switch
    {
        TamaraReaction.Nothing => "–",
        TamaraReaction.Note => "note",
        TamaraReaction.Refuse => "refuse",
        TamaraReaction.Read => "read",
        TamaraReaction.Authorise => "authorise",
        TamaraReaction.Capture => "capture",
        TamaraReaction.Cancel => "cancel",
        TamaraReaction.AuthoriseThenCancel => "authorise, cancel",
        TamaraReaction.Refund => "refund",
        _ => throw new ArgumentOutOfRangeException(nameof(reaction))
    };

    #endregion
}
