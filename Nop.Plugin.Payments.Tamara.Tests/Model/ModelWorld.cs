using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Core.Domain.Shipping;
using Nop.Plugin.Payments.Tamara.Api.Models;
using Nop.Plugin.Payments.Tamara.Domain;
using Nop.Plugin.Payments.Tamara.Services.AfterSale;
using Nop.Plugin.Payments.Tamara.Services.Orders;
using Nop.Plugin.Payments.Tamara.Tests.Faults;
using Nop.Plugin.Payments.Tamara.Tests.Support.Journeys;
using Tamara.Emulator;
using Tamara.Emulator.Faults;
using Tamara.Emulator.Orders;

namespace Nop.Plugin.Payments.Tamara.Tests.Model;

/// <summary>
/// What one sequence came to: its steps, the faults its calls met, the invariants it broke (each with the step), and its story
/// </summary>
public sealed record ModelOutcome(ModelCase Case, int Steps, int Faults, IReadOnlyList<string> Breaks, string Story)
{
    /// <summary>
    /// Gets the number of invariants broken, each once however many steps broke it
    /// </summary>
    public int DistinctBreaks => Breaks.Select(broken => broken[(broken.IndexOf(": ", StringComparison.Ordinal) + 2)..]).Distinct().Count();
}

/// <summary>
/// A store with the plugin's real services and its Tamara (the emulator) that runs generated sequences one after another, each on
/// an order of its own: the order is placed and sent to Tamara's checkout, then each step is one nopCommerce or Tamara would offer
/// in the order's state, with the fault it plans armed for its own calls; the invariants are checked after every step
/// </summary>
public sealed class ModelWorld : IAsyncDisposable
{
    #region Fields

    private const int READ_ATTEMPTS = 3;

    /// <summary>
    /// Orders of finished sequences are moved back this far: beyond the task's look-back, out of the next sequences' way
    /// </summary>
    private static readonly TimeSpan _retiredAge = TimeSpan.FromDays(200);

    private readonly Journey _journey;
    private readonly NopOrderPage _page;
    private readonly HttpClient _http = new();
    private readonly Random _shuffle;

    #endregion

    #region Ctor

    private ModelWorld(Journey journey, int seed)
    {
        _journey = journey;
        _page = new NopOrderPage(journey.Store);
        _shuffle = new Random(seed);
    }

    #endregion

    #region Utilities

    private JourneyStore Store => _journey.Store;

    private TamaraEmulatorHost Tamara => _journey.Tamara;

    private OrderView? TamaraOrderOf(Order order) =>
        string.IsNullOrEmpty(order.AuthorizationTransactionId) ? null : Tamara.GetOrder(order.AuthorizationTransactionId);

    private static TamaraBooks BooksOf(OrderView? view) => view is null
        ? new TamaraBooks("none", 0m, 0m, 0m, 0m, [])
        : new TamaraBooks(view.Status, view.TotalAmount, view.CapturedAmount, view.CanceledAmount, view.RefundedAmount, []);

    private bool IsAtCaptureMoment(Shipment shipment, CaptureTrigger trigger) => trigger switch
    {
        CaptureTrigger.ShipmentSent => shipment.ShippedDateUtc is not null,
        CaptureTrigger.ShipmentDelivered => shipment.DeliveryDateUtc is not null,
        _ => false
    };

    private int QuantityAtCaptureMoment(Order order, CaptureTrigger trigger) => Store.Shipments
        .Where(shipment => shipment.OrderId == order.Id && IsAtCaptureMoment(shipment, trigger))
        .SelectMany(shipment => Store.ShipmentItems[shipment.Id]).Sum(item => item.Quantity);

    private int ShippableQuantity(Order order) =>
        Store.Nop.OrderItems.Where(item => item.OrderId == order.Id && Store.Nop.Products[item.ProductId].IsShipEnabled).Sum(item => item.Quantity);

    private async Task<ModelSnapshot> SnapshotAsync(Order order, CaptureTrigger trigger, bool capturedByTamaraOrAdmin, bool markedPaidByHand)
    {
        order = Store.Reload(order);
        using var scope = Store.CreateScope(order.StoreId);
        var state = await scope.ServiceProvider.GetRequiredService<TamaraOrderStateService>().GetStateAsync(order);
        var atCaptureMoment = QuantityAtCaptureMoment(order, trigger);
        return new ModelSnapshot(order, BooksOf(TamaraOrderOf(order)), state.Status == TamaraOrderStatus.Approved, atCaptureMoment == 0,
            atCaptureMoment >= ShippableQuantity(order), Store.RefundedThroughTamara.GetValueOrDefault(order.Id), capturedByTamaraOrAdmin, markedPaidByHand);
    }

    private async Task<int> PendingActionsAsync(Order order)
    {
        using var scope = Store.CreateScope(order.StoreId);
        return (await scope.ServiceProvider.GetRequiredService<AfterSaleRecordService>().GetPendingActionsAsync(Store.Reload(order))).Count;
    }

    /// <summary>
    /// The steps nopCommerce and Tamara offer in the order's state: the shopper's buttons while Tamara's order is new, the admin's
    /// buttons by nopCommerce's own rules while the order is not deleted, time, repeated notifications and the task always
    /// </summary>
    private IReadOnlyList<ModelStep> Offered(Order order, OrderView? tamara)
    {
        var offered = new List<ModelStep> { ModelStep.HalfAnHourPasses, ModelStep.ThreeDaysPass, ModelStep.ThreeWeeksPass, ModelStep.ScheduleTaskRuns };
        if (tamara?.Status == "new")
        {
            offered.AddRange([ModelStep.ShopperApproves, ModelStep.ShopperApprovesAndClosesTheBrowser, ModelStep.ShopperApprovesWhileTheStoreIsDown,
                ModelStep.ShopperDeclines, ModelStep.ShopperCancels]);
        }

        if (tamara is not null && Tamara.Notifications.Any(notification => notification.OrderId == tamara.OrderId))
            offered.Add(ModelStep.NotificationsComeAgain);
        if (order.Deleted)
            return offered;

        offered.AddRange([ModelStep.AdminDeletesOrder, ModelStep.AdminSyncsNow, ModelStep.AdminChangesOrderStatus]);
        //totals are edited before anything is captured or refunded (after, a refund may no longer fit the edited total)
        void OfferIf(bool offers, ModelStep step)
        {
            if (offers)
                offered.Add(step);
        }

        OfferIf(order.PaymentStatus is PaymentStatus.Pending or PaymentStatus.Authorized, ModelStep.AdminEditsOrderTotals);
        OfferIf(NopOrderPage.CanCancelOrder(order), ModelStep.AdminCancelsOrder);
        OfferIf(NopOrderPage.CanCapture(order), ModelStep.AdminCaptures);
        OfferIf(NopOrderPage.CanVoid(order), ModelStep.AdminVoids);
        OfferIf(NopOrderPage.CanVoidOffline(order), ModelStep.AdminVoidsOffline);
        OfferIf(NopOrderPage.CanMarkOrderAsPaid(order), ModelStep.AdminMarksAsPaid);
        OfferIf(NopOrderPage.CanRefund(order), ModelStep.AdminRefunds);
        OfferIf(NopOrderPage.CanRefundOffline(order), ModelStep.AdminRefundsOffline);
        OfferIf(NopOrderPage.CanPartiallyRefund(order, 0.01m), ModelStep.AdminRefundsPartially);
        OfferIf(NopOrderPage.CanPartiallyRefundOffline(order, 0.01m), ModelStep.AdminRefundsPartiallyOffline);
        OfferIf(Store.ShippedQuantity(order) < ShippableQuantity(order), ModelStep.AdminShips);
        OfferIf(_page.UndeliveredShipments(order).Count > 0, ModelStep.AdminMarksDelivered);
        return offered;
    }

    private int Arm(ModelStep step, PlannedFault? fault)
    {
        var calls = step.Calls();
        if (fault is null || calls.Count == 0)
            return 0;

        var endpoint = calls[fault.EndpointChoice % calls.Count];
        var count = endpoint == EmulatedEndpoint.GetOrder ? READ_ATTEMPTS : 1;
        Tamara.InjectFault(endpoint, fault.Fault.Mode(), count);
        return count;
    }

    private static string Describe(ModelStep step, PlannedFault? fault) =>
        fault is null || step.Calls().Count == 0
            ? step.ToString()
            : $"{step} ({step.Calls()[fault.EndpointChoice % step.Calls().Count]} {fault.Fault.Describe()})";

    /// <summary>
    /// Tamara sends the order's notifications so far once more each, shuffled and at once: late, duplicated, older after newer
    /// </summary>
    private async Task NotificationsComeAgainAsync(string tamaraOrderId)
    {
        var copies = Tamara.Notifications.Where(notification => notification.OrderId == tamaraOrderId && !notification.IsDuplicate)
            .OrderBy(_ => _shuffle.Next()).ToList();
        await Task.WhenAll(copies.Select(async notification =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, notification.Url) { Content = new StringContent(notification.Payload, Encoding.UTF8, "application/json") };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", notification.Token);
            using var _ = await _http.SendAsync(request);
        }));
    }

    private static decimal Part(decimal amount, int percent) => Math.Max(0.01m, Math.Round(amount * percent / 100m, 2, MidpointRounding.ToZero));

    /// <summary>
    /// Performs a step; answers what the admin was shown (errors, the panel's message), if anything
    /// </summary>
    private async Task<string?> PerformAsync(ModelStep step, Order order, PlannedStep planned)
    {
        order = Store.Reload(order);
        var tamaraOrderId = order.AuthorizationTransactionId;
        switch (step)
        {
            case ModelStep.ShopperApproves:
                await _journey.ShopperPressesAsync(order, CheckoutDecision.Approve);
                return null;
            case ModelStep.ShopperApprovesAndClosesTheBrowser:
                Tamara.Approve(tamaraOrderId);
                return null;
            case ModelStep.ShopperApprovesWhileTheStoreIsDown:
                await _journey.StoreIsDownWhileAsync("the shopper approves and closes the browser", () =>
                {
                    Tamara.Approve(tamaraOrderId);
                    return Task.CompletedTask;
                });
                return null;
            case ModelStep.ShopperDeclines:
                await _journey.ShopperPressesAsync(order, CheckoutDecision.Decline);
                return null;
            case ModelStep.ShopperCancels:
                await _journey.ShopperPressesAsync(order, CheckoutDecision.Cancel);
                return null;
            case ModelStep.HalfAnHourPasses:
                await _journey.TimePassesAsync(TimeSpan.FromMinutes(31));
                return null;
            case ModelStep.ThreeDaysPass:
                await _journey.TimePassesAsync(TimeSpan.FromHours(72) + TimeSpan.FromMinutes(1));
                return null;
            case ModelStep.ThreeWeeksPass:
                await _journey.TimePassesAsync(TimeSpan.FromDays(21) + TimeSpan.FromMinutes(1));
                return null;
            case ModelStep.NotificationsComeAgain:
                await NotificationsComeAgainAsync(tamaraOrderId);
                return null;
            case ModelStep.AdminCancelsOrder:
                await _page.CancelOrderAsync(order);
                return null;
            case ModelStep.AdminChangesOrderStatus:
                await _page.ChangeOrderStatusAsync(order, Enum.GetValues<OrderStatus>()[planned.AmountChoice % Enum.GetValues<OrderStatus>().Length]);
                return null;
            case ModelStep.AdminCaptures:
                return Shown(await _page.CaptureAsync(order));
            case ModelStep.AdminVoids:
                return Shown(await _page.VoidAsync(order));
            case ModelStep.AdminVoidsOffline:
                await _page.VoidOfflineAsync(order);
                return null;
            case ModelStep.AdminMarksAsPaid:
                await _page.MarkOrderAsPaidAsync(order);
                return null;
            case ModelStep.AdminRefunds:
                return Shown(await Store.RefundAsync(order, order.OrderTotal));
            case ModelStep.AdminRefundsPartially:
                return Shown(await Store.RefundAsync(order, Part(order.OrderTotal - order.RefundedAmount, planned.AmountChoice)));
            case ModelStep.AdminRefundsOffline:
                await Store.RefundOfflineAsync(order, order.OrderTotal);
                return null;
            case ModelStep.AdminRefundsPartiallyOffline:
                await Store.RefundOfflineAsync(order, Part(order.OrderTotal - order.RefundedAmount, planned.AmountChoice));
                return null;
            case ModelStep.AdminDeletesOrder:
                await Store.DeleteAsync(order);
                return null;
            case ModelStep.AdminEditsOrderTotals:
                await _page.EditOrderTotalsAsync(order, 5m * (1 + planned.AmountChoice % 4));
                return null;
            case ModelStep.AdminShips:
                await Store.ShipAsync(order, 1);
                return null;
            case ModelStep.AdminMarksDelivered:
                await _page.DeliverAsync(_page.UndeliveredShipments(order)[0]);
                return null;
            case ModelStep.AdminSyncsNow:
                return await _page.SyncNowAsync(order);
            default:
                await _journey.ScheduleTaskRunsAsync();
                return null;
        }
    }

    private static string? Shown(IList<string> errors) => errors.Count == 0 ? null : string.Join(" ", errors);

    /// <summary>
    /// The store heals as it would over the next hours: faults cleared, every hour the task runs and queued actions come due
    /// </summary>
    private async Task HealAsync()
    {
        for (var hour = 0; hour < 3; hour++)
        {
            await Store.TimePassesAsync(TimeSpan.FromHours(1));
            await _journey.ScheduleTaskRunsAsync();
        }
    }

    #endregion

    #region Methods

    public static async Task<ModelWorld> OpenAsync(int worker, int seed) =>
        new(await Journey.BeginAsync($"model {worker}"), seed + worker);

    /// <summary>
    /// Runs one sequence on an order of its own, checking the invariants after every step and once the store healed at the end
    /// </summary>
    public async Task<ModelOutcome> RunAsync(ModelCase modelCase)
    {
        var settings = Store.SettingsOf();
        settings.CaptureTrigger = modelCase.CaptureTrigger;
        settings.SendOfflineRefundsToTamara = modelCase.SendOfflineRefundsToTamara;

        var story = new List<string>();
        var breaks = new List<string>();
        var order = _journey.ShopperPlacesOrder();
        await _journey.ShopperPaysWithTamaraAsync(order);
        story.Add($"order {order.Id} placed and sent to Tamara's checkout ({modelCase})");

        var (faults, outstanding, capturedByTamaraOrAdmin, markedPaidByHand) = (0, false, false, false);
        var consumerErrors = Store.ConsumerErrors.Count;
        var number = 0;
        foreach (var planned in modelCase.Steps)
        {
            number++;
            var before = Store.Reload(order);
            var tamaraBefore = TamaraOrderOf(before);
            var offered = Offered(before, tamaraBefore);
            var step = offered[planned.Choice % offered.Count];

            await Tamara.WaitForNotificationsAsync();
            var armed = Arm(step, planned.Fault);
            var notesBefore = Store.Nop.NotesOf(order.Id).Count();
            string? shown;
            try
            {
                shown = await PerformAsync(step, order, planned);
            }
            catch (Exception exception)
            {
                shown = null;
                breaks.Add($"step {number} {step}: threw {exception.GetType().Name}: {exception.Message}");
            }

            await Tamara.DelayedCallsDoneAsync();
            await Tamara.WaitForNotificationsAsync();
            var met = armed - Tamara.Faults.Sum(fault => fault.Count);
            Tamara.ClearFaults();
            faults += met;
            outstanding |= met > 0;

            var tamaraAfter = TamaraOrderOf(Store.Reload(order));
            if (step == ModelStep.AdminCaptures
                || step == ModelStep.ThreeWeeksPass && tamaraAfter?.CapturedAmount > tamaraBefore?.CapturedAmount)
                capturedByTamaraOrAdmin = true;
            markedPaidByHand |= step == ModelStep.AdminMarksAsPaid;

            var snapshot = await SnapshotAsync(order, modelCase.CaptureTrigger, capturedByTamaraOrAdmin, markedPaidByHand);
            var notes = Store.Nop.NotesOf(order.Id).Skip(notesBefore).ToList();
            story.Add($"{number}. {Describe(step, met > 0 ? planned.Fault : null)}{(shown is null ? string.Empty : $": shown \"{shown}\"")}" +
                $"{string.Concat(notes.Select(note => $"; note \"{note}\""))} => {snapshot}");

            foreach (var error in Store.ConsumerErrors.Skip(consumerErrors))
                breaks.Add($"step {number} {step}: a consumer threw ({error})");
            consumerErrors = Store.ConsumerErrors.Count;

            if (met > 0 && planned.HealsAfterFault)
            {
                await HealAsync();
                outstanding = false;
                snapshot = await SnapshotAsync(order, modelCase.CaptureTrigger, capturedByTamaraOrAdmin, markedPaidByHand);
                story.Add($"   the faults clear and the store heals => {snapshot}");
            }

            breaks.AddRange(ModelInvariants.AtAllTimes(snapshot).Select(broken => $"step {number} {step}: {broken}"));
            if (!outstanding)
                breaks.AddRange(ModelInvariants.OnceThePluginHadItsChance(snapshot, healed: false).Select(broken => $"step {number} {step}: {broken}"));

            //every admin step's outcome matches the model's cell: an action at Tamara (or queued with a note), a note, or a refusal
            if (step.IsAdminAction() && met == 0 && tamaraBefore is not null && ModelExpectations.RowOf(step, before, snapshot.Order, modelCase) is { } row)
            {
                var rule = AdminActionModel.Decide(row, ModelExpectations.StatusOf(tamaraBefore.Status));
                var queued = await PendingActionsAsync(order) > 0;
                var mismatch = ModelExpectations.Mismatch(rule, BooksOf(tamaraBefore) != BooksOf(tamaraAfter), queued, notes.Count > 0, shown is not null);
                if (mismatch is not null)
                    breaks.Add($"step {number} {step}: {mismatch}");
            }
        }

        await HealAsync();
        var healed = await SnapshotAsync(order, modelCase.CaptureTrigger, capturedByTamaraOrAdmin, markedPaidByHand);
        story.Add($"the store heals => {healed}");
        breaks.AddRange(ModelInvariants.AtAllTimes(healed).Select(broken => $"healed: {broken}"));
        breaks.AddRange(ModelInvariants.OnceThePluginHadItsChance(healed, healed: true).Select(broken => $"healed: {broken}"));
        if (!string.IsNullOrEmpty(healed.Order.AuthorizationTransactionId))
        {
            var books = await TamaraBooks.ReadAsync(Tamara, healed.Order.AuthorizationTransactionId);
            if (books.CaptureTrackingNumbers.Where(number => number is not null).GroupBy(number => number).Any(group => group.Count() > 1))
                breaks.Add($"healed: a shipment captured twice ({string.Join(", ", books.CaptureTrackingNumbers)})");
        }

        //out of the way of the next sequences: past the task's look-back
        var retired = Store.Reload(order);
        retired.CreatedOnUtc -= _retiredAge;
        await Store.Nop.OrderService.Object.UpdateOrderAsync(retired);

        return new ModelOutcome(modelCase, modelCase.Steps.Count, faults, breaks, string.Join(Environment.NewLine, story.Select(line => "  " + line)));
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _journey.DisposeAsync();
    }

    #endregion
}
