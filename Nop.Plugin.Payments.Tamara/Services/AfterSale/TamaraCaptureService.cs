using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Core.Domain.Shipping;
using Nop.Plugin.Payments.Tamara.Api;
using Nop.Plugin.Payments.Tamara.Api.Models;
using Nop.Plugin.Payments.Tamara.Domain;
using Nop.Plugin.Payments.Tamara.Services.Orders;
using Nop.Plugin.Payments.Tamara.Services.Retries;
using Nop.Services.Orders;
using Nop.Services.Shipping;

namespace Nop.Plugin.Payments.Tamara.Services.AfterSale;

/// <summary>
/// Captures at Tamara what a shipment holds, or what remains of the order
/// </summary>
public class TamaraCaptureService
{
    #region Fields

    private readonly AfterSaleRecordService _recordService;
    private readonly IOrderProcessingService _orderProcessingService;
    private readonly IOrderService _orderService;
    private readonly IShipmentService _shipmentService;
    private readonly PendingActionQueue _pendingActionQueue;
    private readonly TamaraClientProvider _clientProvider;
    private readonly TamaraItemBuilder _itemBuilder;
    private readonly TamaraOrderLock _orderLock;
    private readonly TamaraOrderReader _orderReader;
    private readonly TamaraOrderStateService _orderStateService;

    #endregion

    #region Ctor

    public TamaraCaptureService(AfterSaleRecordService recordService,
        IOrderProcessingService orderProcessingService,
        IOrderService orderService,
        IShipmentService shipmentService,
        PendingActionQueue pendingActionQueue,
        TamaraClientProvider clientProvider,
        TamaraItemBuilder itemBuilder,
        TamaraOrderLock orderLock,
        TamaraOrderReader orderReader,
        TamaraOrderStateService orderStateService)
    {
        _recordService = recordService;
        _orderProcessingService = orderProcessingService;
        _orderService = orderService;
        _shipmentService = shipmentService;
        _pendingActionQueue = pendingActionQueue;
        _clientProvider = clientProvider;
        _itemBuilder = itemBuilder;
        _orderLock = orderLock;
        _orderReader = orderReader;
        _orderStateService = orderStateService;
    }

    #endregion

    #region Utilities

    /// <summary>
    /// Gets a value indicating whether the shipment completes the order: after it, no unit of a shippable item is left
    /// outside a shipment at its capture moment (a shipment whose capture was skipped or failed still counts; one sent but
    /// not yet delivered, when the store captures on delivery, does not: it is captured once delivered)
    /// </summary>
    private async Task<bool> CompletesOrderAsync(Order order)
    {
        var trigger = (await _clientProvider.LoadSettingsAsync(order.StoreId)).CaptureTrigger;
        var captureQuantities = new Dictionary<int, int>();
        foreach (var shipment in await _shipmentService.GetShipmentsByOrderIdAsync(order.Id))
        {
            if (!CaptureMoment.IsReached(trigger, shipment, order.PickupInStore))
                continue;

            foreach (var (orderItemId, quantity) in await GetQuantitiesAsync(shipment))
                captureQuantities[orderItemId] = captureQuantities.GetValueOrDefault(orderItemId) + quantity;
        }

        return (await _orderService.GetOrderItemsAsync(order.Id, isShipEnabled: true))
            .All(item => captureQuantities.GetValueOrDefault(item.Id) >= item.Quantity);
    }

    private async Task<Dictionary<int, int>> GetQuantitiesAsync(Shipment shipment)
    {
        return (await _shipmentService.GetShipmentItemsByShipmentIdAsync(shipment.Id))
            .GroupBy(item => item.OrderItemId)
            .ToDictionary(group => group.Key, group => group.Sum(item => item.Quantity));
    }

    /// <summary>
    /// Gets what to capture: for a shipment its share of what Tamara still holds (the whole of it when the shipment
    /// completes the order), otherwise all Tamara still holds of the order
    /// </summary>
    private async Task<CaptureAmounts> PlanAsync(Order order, CaptureAmounts orderAmounts, IReadOnlyCollection<CaptureAmounts> previous,
        decimal capturable, Shipment? shipment)
    {
        var rest = CaptureAllocator.Capturable(orderAmounts, previous, capturable);

        return shipment is null || await CompletesOrderAsync(order)
            ? rest
            : CaptureAllocator.ForShipment(rest, await GetQuantitiesAsync(shipment), order.CustomerCurrencyCode);
    }

    private async Task<ShippingInfo> GetShippingInfoAsync(Order order, Shipment? shipment)
    {
        var trackingNumber = shipment?.TrackingNumber;
        string? trackingUrl = null;
        if (shipment is not null && !string.IsNullOrWhiteSpace(trackingNumber))
        {
            var tracker = await _shipmentService.GetShipmentTrackerAsync(shipment);
            if (tracker is not null)
                trackingUrl = await tracker.GetUrlAsync(trackingNumber, shipment);
        }

        return new ShippingInfo
        {
            ShippedAt = new DateTimeOffset(DateTime.SpecifyKind(shipment?.ShippedDateUtc ?? DateTime.UtcNow, DateTimeKind.Utc)),
            //Tamara requires a shipping company
            ShippingCompany = string.IsNullOrWhiteSpace(order.ShippingMethod) ? "Own delivery" : order.ShippingMethod,
            TrackingNumber = string.IsNullOrWhiteSpace(trackingNumber) ? null : trackingNumber.Trim(),
            TrackingUrl = string.IsNullOrWhiteSpace(trackingUrl) ? null : trackingUrl
        };
    }

    private async Task<CaptureRequest> BuildRequestAsync(Order order, CaptureAmounts plan, Shipment? shipment)
    {
        var currency = order.CustomerCurrencyCode;

        return new CaptureRequest
        {
            OrderId = order.AuthorizationTransactionId,
            TotalAmount = new Money(plan.Total, currency),
            Items = await _itemBuilder.BuildAsync(order, plan),
            ShippingAmount = new Money(plan.Shipping, currency),
            TaxAmount = new Money(plan.Tax, currency),
            DiscountAmount = new Money(plan.Discount, currency),
            ShippingInfo = await GetShippingInfoAsync(order, shipment)
        };
    }

    /// <summary>
    /// Finds a capture Tamara made for this shipment that the order does not record (another node raced this one, or the
    /// answer was lost): it holds the shipment's tracking number, or, without one, exactly the shipment's items
    /// </summary>
    private async Task<CaptureTransaction?> FindUnrecordedCaptureAsync(OrderDetails details, IEnumerable<CaptureRecord> captures, Shipment? shipment)
    {
        var recorded = captures.Select(capture => capture.CaptureId).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unrecorded = details.Transactions.Captures.Where(capture => !recorded.Contains(capture.CaptureId)).ToList();
        if (unrecorded.Count == 0)
            return null;

        var trackingNumber = shipment?.TrackingNumber?.Trim();
        if (!string.IsNullOrEmpty(trackingNumber))
            return unrecorded.FirstOrDefault(capture => string.Equals(capture.ShippingInfo?.TrackingNumber, trackingNumber, StringComparison.OrdinalIgnoreCase));

        var quantities = shipment is null ? null : await GetQuantitiesAsync(shipment);
        bool Holds(CaptureTransaction capture) => quantities is null
            ? string.IsNullOrEmpty(capture.ShippingInfo?.TrackingNumber)
            : quantities.All(pair => capture.Items.Where(item => item.ReferenceId == pair.Key.ToString()).Sum(item => item.Quantity) == pair.Value);

        return unrecorded.FirstOrDefault(Holds);
    }

    /// <summary>
    /// Records a capture Tamara made but the order did not record, whole: the lines and order-level amounts this shipment
    /// captures, with the discount adjusted so that they add up to what Tamara took
    /// </summary>
    private async Task<AfterSaleOutcome> AdoptAsync(Order order, Shipment? shipment, CaptureAmounts orderAmounts, IReadOnlyCollection<CaptureAmounts> previous,
        CaptureTransaction made, TamaraBalance balance)
    {
        var capturedTotal = made.TotalAmount?.Amount ?? 0;
        //planned as if Tamara still held what this capture took
        var plan = await PlanAsync(order, orderAmounts, previous, balance.Capturable + capturedTotal, shipment);
        plan.Discount += plan.Total - capturedTotal;
        plan.Total = capturedTotal;
        await _recordService.AddCaptureAsync(order, shipment, new CaptureRecord
        {
            CaptureId = made.CaptureId,
            ShipmentId = shipment?.Id,
            Amounts = plan,
            CapturedOnUtc = DateTime.UtcNow
        });
        var note = $"Tamara: capture {made.CaptureId} of {capturedTotal} {balance.Currency} for {Describe(shipment)} had reached Tamara.";
        await _orderStateService.AddNoteAsync(order, note);

        return AfterSaleOutcome.Done(note, made.CaptureId, NothingLeft(balance));
    }

    /// <summary>
    /// Gets a value indicating whether Tamara took all it will: something captured and nothing left to capture, whatever
    /// the status is called (a partial refund does not make the rest uncapturable)
    /// </summary>
    private static bool NothingLeft(TamaraBalance balance) => balance.Captured > 0 && balance.Capturable <= 0;

    /// <summary>
    /// Gets a value indicating whether Tamara takes a capture in this status (the amounts then say how much), as the
    /// admin-action model says
    /// </summary>
    private static bool AcceptsCapture(TamaraOrderStatus? status) =>
        AdminActionModel.Decide(AdminAction.Capture, status).Reaction == TamaraReaction.Capture;

    private static string Describe(Shipment? shipment) => shipment is null ? "the rest of the order" : $"shipment #{shipment.Id}";

    /// <summary>
    /// Makes nopCommerce follow Tamara once a capture succeeded outside the admin's Capture button
    /// </summary>
    private async Task FollowCaptureAsync(Order order, AfterSaleOutcome outcome)
    {
        if (outcome.Kind is not (AfterSaleOutcomeKind.Done or AfterSaleOutcomeKind.NothingToDo))
            return;

        if (outcome.NothingLeft && order.PaymentStatus is (PaymentStatus.Pending or PaymentStatus.Authorized) && _orderProcessingService.CanMarkOrderAsPaid(order))
        {
            await _orderProcessingService.MarkOrderAsPaidAsync(order);
            return;
        }

        if (outcome.Kind == AfterSaleOutcomeKind.Done && !outcome.NothingLeft)
            await _orderStateService.AddNoteAsync(order, "Tamara: the order is partially captured and stays Authorized until the rest is captured.");
    }

    /// <summary>
    /// Captures a shipment or the remainder; the caller holds the order's lock
    /// </summary>
    /// <param name="order">Order</param>
    /// <param name="shipment">Shipment; null for the remainder</param>
    /// <param name="afterConflict">Whether an earlier attempt of this capture met a 409</param>
    /// <exception cref="TamaraException">Tamara could not be reached or refused; a second 409 is left to the queue</exception>
    private async Task<AfterSaleOutcome> CaptureLockedAsync(Order order, Shipment? shipment, bool afterConflict = false)
    {
        if (shipment is not null && !string.IsNullOrEmpty(await _recordService.GetShipmentCaptureIdAsync(shipment)))
            return AfterSaleOutcome.NothingToDo($"Tamara: shipment #{shipment.Id} was already captured.");

        var captures = await _recordService.GetCapturesAsync(order);
        var (details, balance) = await _orderReader.ReadAsync(order);
        var orderAmounts = await _orderReader.GetOrderAmountsAsync(order);
        var previous = captures.Select(capture => capture.Amounts).ToList();

        //another node, or an answer that was lost, may have captured this already: adopt it rather than capture twice
        if (await FindUnrecordedCaptureAsync(details, captures, shipment) is CaptureTransaction made)
            return await AdoptAsync(order, shipment, orderAmounts, previous, made, balance);

        var plan = await PlanAsync(order, orderAmounts, previous, balance.Capturable, shipment);

        if (!AcceptsCapture(details.Status) || balance.Capturable <= 0 || plan.Total <= 0)
        {
            var message = $"Tamara: nothing to capture for {Describe(shipment)}; Tamara reports {details.Status} with {balance.Captured} {balance.Currency} captured and {balance.Canceled} cancelled.";
            await _orderStateService.AddNoteAsync(order, message);

            return AfterSaleOutcome.NothingToDo(message, NothingLeft(balance));
        }

        CaptureResponse response;
        try
        {
            response = await (await _orderReader.GetClientAsync(order)).Payments.CaptureAsync(await BuildRequestAsync(order, plan, shipment));
        }
        catch (TamaraConflictException) when (!afterConflict)
        {
            //Tamara says it is already done or not allowed now: read again, adopt a capture made meanwhile or send what it still holds
            return await CaptureLockedAsync(order, shipment, true);
        }

        await _recordService.AddCaptureAsync(order, shipment, new CaptureRecord
        {
            CaptureId = response.CaptureId,
            ShipmentId = shipment?.Id,
            Amounts = plan,
            CapturedOnUtc = DateTime.UtcNow
        });

        var shortfall = CaptureAllocator.Shortfall(CaptureAllocator.Remainder(orderAmounts, previous), balance.Capturable);
        if (shortfall > 0)
            await _orderStateService.AddNoteAsync(order, $"Tamara: the order asks {shortfall} {balance.Currency} more than Tamara holds (edited after placement, or cancelled in part at Tamara). Tamara cannot take more: collect the difference from the customer another way.");

        balance.Captured += plan.Total;
        await _recordService.SaveBalanceAsync(order, balance);
        await _orderStateService.SaveStatusAsync(order, response.Status);
        var note = $"Tamara: captured {plan.Total} {order.CustomerCurrencyCode} for {Describe(shipment)} (capture id {response.CaptureId}); Tamara reports {response.Status}.";
        await _orderStateService.AddNoteAsync(order, note);

        return AfterSaleOutcome.Done(note, response.CaptureId, NothingLeft(balance));
    }

    #endregion

    #region Methods

    /// <summary>
    /// Captures the shipments that reached their capture moment before the order was authorised (the store shipped while
    /// Tamara's authorisation had not reached it yet): they met nothing to capture then
    /// </summary>
    /// <param name="order">Order, just authorised</param>
    /// <param name="trigger">The store's capture trigger</param>
    public async Task CaptureDueShipmentsAsync(Order order, CaptureTrigger trigger)
    {
        foreach (var shipment in await _shipmentService.GetShipmentsByOrderIdAsync(order.Id))
        {
            if (CaptureMoment.IsReached(trigger, shipment, order.PickupInStore) && string.IsNullOrEmpty(await _recordService.GetShipmentCaptureIdAsync(shipment)))
                await CaptureShipmentAsync(shipment);
        }
    }

    /// <summary>
    /// Captures what the shipment holds (the event consumers call this)
    /// </summary>
    /// <param name="shipment">Shipment sent or delivered</param>
    public async Task CaptureShipmentAsync(Shipment shipment)
    {
        var order = await _orderService.GetOrderByIdAsync(shipment.OrderId);
        if (!TamaraOrderReader.IsTamaraOrder(order))
            return;

        var action = new PendingAction { Kind = PendingActionKind.Capture, ShipmentId = shipment.Id };
        var ran = await _orderLock.TryRunAsync(order.Id, async () =>
        {
            //a queued capture of this shipment is the retry's business
            if ((await _recordService.GetPendingActionsAsync(order)).Any(pending => pending.Kind == PendingActionKind.Capture && pending.ShipmentId == shipment.Id))
                return;

            var outcome = await _pendingActionQueue.RunOrQueueAsync(order, action, () => CaptureLockedAsync(order, shipment));
            await FollowCaptureAsync(order, outcome);
        });

        if (!ran)
            await _pendingActionQueue.QueueWhileBusyAsync(order, action);
    }

    /// <summary>
    /// Captures what remains of the order (the admin's Capture button)
    /// </summary>
    /// <param name="order">Order</param>
    /// <returns>The outcome; when Done or NothingToDo with nothing left, the order is fully captured</returns>
    public async Task<AfterSaleOutcome> CaptureRemainderAsync(Order order)
    {
        return await _orderLock.TryRunAsync(order.Id, async () =>
            (await _recordService.GetPendingActionsAsync(order)).Any(pending => pending.Kind == PendingActionKind.Capture)
                ? AfterSaleOutcome.Refused("A Tamara capture of this order is queued and will be retried automatically.")
                : await _pendingActionQueue.RunOrQueueAsync(order, new PendingAction { Kind = PendingActionKind.Capture, UpdateOrderOnSuccess = true },
                    () => CaptureLockedAsync(order, null)))
            ?? AfterSaleOutcome.Busy;
    }

    /// <summary>
    /// Retries a queued capture; the caller holds the order's lock
    /// </summary>
    /// <param name="order">Order</param>
    /// <param name="action">Queued capture</param>
    /// <exception cref="TamaraException">Tamara could not be reached or refused</exception>
    public async Task<AfterSaleOutcome> RetryAsync(Order order, PendingAction action)
    {
        var shipment = action.ShipmentId is int shipmentId ? await _shipmentService.GetShipmentByIdAsync(shipmentId) : null;
        var outcome = await CaptureLockedAsync(order, shipment);
        await FollowCaptureAsync(order, outcome);

        return outcome;
    }

    #endregion
}
