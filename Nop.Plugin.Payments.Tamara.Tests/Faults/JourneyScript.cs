using Nop.Core.Domain.Orders;
using Nop.Plugin.Payments.Tamara.Tests.Support.Journeys;
using Tamara.Emulator;
using Tamara.Emulator.Faults;

namespace Nop.Plugin.Payments.Tamara.Tests.Faults;

/// <summary>
/// One step of a scripted journey, with the Tamara endpoints it calls (where a fault can hit it)
/// </summary>
public sealed record ScriptStep(string Name, Func<Journey, Order, Task> Act, params EmulatedEndpoint[] Calls);

/// <summary>
/// A journey as a list of steps, for the fault suite to break at any step
/// </summary>
public sealed record JourneyScript(string Name, IReadOnlyList<ScriptStep> Steps)
{
    private static readonly ScriptStep _checkout = new("checkout", (journey, order) => journey.ShopperPaysWithTamaraAsync(order), EmulatedEndpoint.Checkout);

    private static readonly ScriptStep _approval = new("approval", async (journey, order) =>
    {
        await journey.ShopperPressesAsync(order, CheckoutDecision.Approve);
        await journey.TamaraNotifiesAsync();
    }, EmulatedEndpoint.GetOrder, EmulatedEndpoint.Authorise);

    private static readonly ScriptStep _approvalWhileStoreIsDown = new("approval while the store is down", (journey, order) =>
        journey.StoreIsDownWhileAsync("the shopper approves and closes the browser", () =>
        {
            var tamaraOrderId = journey.Store.Reload(order).AuthorizationTransactionId;
            if (!string.IsNullOrEmpty(tamaraOrderId))
                journey.Tamara.Approve(tamaraOrderId);
            return Task.CompletedTask;
        }));

    private static readonly ScriptStep _task = new("schedule task", (journey, _) => journey.ScheduleTaskRunsAsync(), EmulatedEndpoint.GetOrder, EmulatedEndpoint.Authorise);

    private static ScriptStep Shipment(string name) => new(name, (journey, order) => journey.StoreShipsAsync(order, 1), EmulatedEndpoint.GetOrder, EmulatedEndpoint.Capture);

    private static readonly ScriptStep _partialRefund = new("partial refund", (journey, order) => journey.AdminRefundsAsync(order, 50m), EmulatedEndpoint.GetOrder, EmulatedEndpoint.Refund);

    private static readonly ScriptStep _refundOfTheRest = new("refund of the rest", (journey, order) => journey.AdminRefundsRestAsync(order), EmulatedEndpoint.GetOrder, EmulatedEndpoint.Refund);

    private static readonly ScriptStep _cancel = new("cancel", (journey, order) => journey.AdminCancelsAsync(order), EmulatedEndpoint.GetOrder, EmulatedEndpoint.Cancel);

    /// <summary>
    /// Checkout, approval, two partial shipments, a partial refund and the refund of the rest
    /// </summary>
    public static JourneyScript HappyPath { get; } = new("happy path",
        [_checkout, _approval, Shipment("first shipment"), Shipment("second shipment"), _partialRefund, _refundOfTheRest]);

    public static JourneyScript CancelBeforeShipment { get; } = new("cancel before shipment", [_checkout, _approval, _cancel]);

    public static JourneyScript CancelAfterFirstShipment { get; } = new("cancel after the first shipment", [_checkout, _approval, Shipment("first shipment"), _cancel]);

    /// <summary>
    /// The approval notification never arrives and the shopper never returns: the schedule task authorises, then the store ships
    /// </summary>
    public static JourneyScript NotificationLost { get; } = new("notification lost", [_checkout, _approvalWhileStoreIsDown, _task, Shipment("first shipment"), Shipment("second shipment")]);

    /// <summary>
    /// The approval notification never arrives and the admin cancels the order the task authorised (or tried to)
    /// </summary>
    public static JourneyScript NotificationLostThenCancelled { get; } = new("notification lost, then cancelled", [_checkout, _approvalWhileStoreIsDown, _task, _cancel]);

    public static IReadOnlyList<JourneyScript> All { get; } = [HappyPath, CancelBeforeShipment, CancelAfterFirstShipment, NotificationLost, NotificationLostThenCancelled];
}
