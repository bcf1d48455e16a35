using Tamara.Emulator.Faults;

namespace Nop.Plugin.Payments.Tamara.Tests.Model;

/// <summary>
/// What can happen to a Tamara order after its checkout: the shopper and Tamara, time, the admin's buttons on nopCommerce's order
/// page, Sync now and the schedule task
/// </summary>
public enum ModelStep
{
    ShopperApproves,
    ShopperApprovesAndClosesTheBrowser,
    ShopperApprovesWhileTheStoreIsDown,
    ShopperDeclines,
    ShopperCancels,
    HalfAnHourPasses,
    ThreeDaysPass,
    ThreeWeeksPass,
    NotificationsComeAgain,
    AdminCancelsOrder,
    AdminChangesOrderStatus,
    AdminCaptures,
    AdminVoids,
    AdminVoidsOffline,
    AdminMarksAsPaid,
    AdminRefunds,
    AdminRefundsPartially,
    AdminRefundsOffline,
    AdminRefundsPartiallyOffline,
    AdminDeletesOrder,
    AdminEditsOrderTotals,
    AdminShips,
    AdminMarksDelivered,
    AdminSyncsNow,
    ScheduleTaskRuns
}

public static class ModelSteps
{
    private static readonly EmulatedEndpoint[] _sync = [EmulatedEndpoint.GetOrder, EmulatedEndpoint.Authorise, EmulatedEndpoint.Capture, EmulatedEndpoint.Cancel];
    private static readonly EmulatedEndpoint[] _capture = [EmulatedEndpoint.GetOrder, EmulatedEndpoint.Capture, EmulatedEndpoint.Cancel];
    private static readonly EmulatedEndpoint[] _cancel = [EmulatedEndpoint.GetOrder, EmulatedEndpoint.Authorise, EmulatedEndpoint.Cancel];
    private static readonly EmulatedEndpoint[] _refund = [EmulatedEndpoint.GetOrder, EmulatedEndpoint.Refund];

    public static IReadOnlyList<ModelStep> All { get; } = Enum.GetValues<ModelStep>();

    /// <summary>
    /// Gets a value indicating whether the step is an admin's action on the order page (it must reach Tamara, be queued with a note,
    /// or be refused with a message)
    /// </summary>
    public static bool IsAdminAction(this ModelStep step) => step is >= ModelStep.AdminCancelsOrder and <= ModelStep.AdminMarksDelivered;

    /// <summary>
    /// The Tamara endpoints the step may call, directly or through the notifications it causes: where a fault can meet it
    /// </summary>
    public static IReadOnlyList<EmulatedEndpoint> Calls(this ModelStep step) => step switch
    {
        ModelStep.ShopperApproves or ModelStep.ShopperApprovesAndClosesTheBrowser or ModelStep.NotificationsComeAgain => _sync,
        ModelStep.ShopperDeclines or ModelStep.ShopperCancels or ModelStep.HalfAnHourPasses or ModelStep.ThreeDaysPass or ModelStep.ThreeWeeksPass => [EmulatedEndpoint.GetOrder],
        ModelStep.AdminCancelsOrder or ModelStep.AdminChangesOrderStatus or ModelStep.AdminVoids or ModelStep.AdminVoidsOffline or ModelStep.AdminDeletesOrder => _cancel,
        ModelStep.AdminCaptures or ModelStep.AdminMarksAsPaid or ModelStep.AdminShips or ModelStep.AdminMarksDelivered => _capture,
        ModelStep.AdminRefunds or ModelStep.AdminRefundsPartially or ModelStep.AdminRefundsOffline or ModelStep.AdminRefundsPartiallyOffline => _refund,
        ModelStep.AdminSyncsNow or ModelStep.ScheduleTaskRuns => [.. _sync, EmulatedEndpoint.Refund],
        _ => []
    };
}
