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
        _itemBuilder = itemBuilder;
        _orderLock = orderLock;
        _orderReader = orderReader;
        _orderStateService = orderStateService;
    }

    #endregion

    #region Utilities

    /// <summary>
    /// Gets the capture for a shipment; the shipment that completes every shippable item takes the whole remainder
    /// </summary>
    private async Task<CaptureAmounts> PlanForShipmentAsync(Order order, CaptureAmounts orderAmounts,
        IReadOnlyCollection<CaptureAmounts> previous, Shipment shipment)
    {
        var shipmentQuantities = (await _shipmentService.GetShipmentItemsByShipmentIdAsync(shipment.Id))
            .GroupBy(item => item.OrderItemId)
            .ToDictionary(group => group.Key, group => group.Sum(item => item.Quantity));

        var remainder = CaptureAllocator.Remainder(orderAmounts, previous);
        var shippableIds = (await _orderService.GetOrderItemsAsync(order.Id, isShipEnabled: true)).Select(item => item.Id).ToHashSet();
        var shippableLeft = remainder.Lines
            .Where(line => shippableIds.Contains(line.OrderItemId))
            .Sum(line => line.Quantity - Math.Min(line.Quantity, shipmentQuantities.GetValueOrDefault(line.OrderItemId)));

        return shippableLeft == 0
            ? remainder
            : CaptureAllocator.ForShipment(orderAmounts, previous, shipmentQuantities, order.CustomerCurrencyCode);
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

    private async Task<CaptureRequest> BuildRequestAsync(Order order, CaptureAmounts plan, decimal capturable, Shipment? shipment)
    {
        var currency = order.CustomerCurrencyCode;
        var shippingInfo = await GetShippingInfoAsync(order, shipment);

        //Tamara holds less than planned (an earlier capture or cancel outside the plugin): take only the amount
        if (plan.Total > capturable)
        {
            return new CaptureRequest
            {
                OrderId = order.AuthorizationTransactionId,
                TotalAmount = new Money(capturable, currency),
                ShippingInfo = shippingInfo
            };
        }

        return new CaptureRequest
        {
            OrderId = order.AuthorizationTransactionId,
            TotalAmount = new Money(plan.Total, currency),
            Items = await _itemBuilder.BuildAsync(order, plan),
            ShippingAmount = new Money(plan.Shipping, currency),
            TaxAmount = new Money(plan.Tax, currency),
            DiscountAmount = new Money(plan.Discount, currency),
            ShippingInfo = shippingInfo
        };
    }

    /// <summary>
    /// After a capture that timed out: a capture Tamara made but the plugin never recorded belongs to this action
    /// </summary>
    private static CaptureTransaction? FindUnrecordedCapture(OrderDetails details, IEnumerable<CaptureRecord> captures)
    {
        var recorded = captures.Select(capture => capture.CaptureId).ToHashSet(StringComparer.OrdinalIgnoreCase);

        return details.Transactions.Captures.FirstOrDefault(capture => !recorded.Contains(capture.CaptureId));
    }

    private static bool NothingLeft(OrderDetails details, TamaraBalance balance)
    {
        return details.Status == TamaraOrderStatus.FullyCaptured || TamaraOrderReader.IsAuthorised(details.Status) && balance.Capturable <= 0;
    }

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
    /// <param name="retried">The queued action being retried, if any</param>
    /// <exception cref="TamaraException">Tamara could not be reached or refused</exception>
    private async Task<AfterSaleOutcome> CaptureLockedAsync(Order order, Shipment? shipment, PendingAction? retried)
    {
        if (shipment is not null && !string.IsNullOrEmpty(await _recordService.GetShipmentCaptureIdAsync(shipment)))
            return AfterSaleOutcome.NothingToDo($"Tamara: shipment #{shipment.Id} was already captured.");

        var captures = await _recordService.GetCapturesAsync(order);
        var (details, balance) = await _orderReader.ReadAsync(order);

        var orderAmounts = await _orderReader.GetOrderAmountsAsync(order);
        var previous = captures.Select(capture => capture.Amounts).ToList();
        var plan = shipment is null
            ? CaptureAllocator.Remainder(orderAmounts, previous)
            : await PlanForShipmentAsync(order, orderAmounts, previous, shipment);

        //a capture that timed out may have reached Tamara: adopt it rather than capture twice
        if (retried is not null && FindUnrecordedCapture(details, captures) is CaptureTransaction unrecorded)
        {
            var capturedTotal = unrecorded.TotalAmount?.Amount ?? 0;
            await _recordService.AddCaptureAsync(order, shipment, new CaptureRecord
            {
                CaptureId = unrecorded.CaptureId,
                ShipmentId = shipment?.Id,
                Amounts = capturedTotal == plan.Total ? plan : new CaptureAmounts { Total = capturedTotal },
                CapturedOnUtc = DateTime.UtcNow
            });
            var adoptedNote = $"Tamara: capture {unrecorded.CaptureId} of {capturedTotal} {balance.Currency} for {Describe(shipment)} had reached Tamara.";
            await _orderStateService.AddNoteAsync(order, adoptedNote);

            return AfterSaleOutcome.Done(adoptedNote, unrecorded.CaptureId, NothingLeft(details, balance));
        }

        if (!TamaraOrderReader.IsAuthorised(details.Status) || balance.Capturable <= 0 || plan.Total <= 0)
        {
            var message = $"Tamara: nothing to capture for {Describe(shipment)}; Tamara reports {details.Status} with {balance.Captured} {balance.Currency} captured and {balance.Canceled} cancelled.";
            await _orderStateService.AddNoteAsync(order, message);

            return AfterSaleOutcome.NothingToDo(message, NothingLeft(details, balance));
        }

        var request = await BuildRequestAsync(order, plan, balance.Capturable, shipment);
        CaptureResponse response;
        try
        {
            response = await (await _orderReader.GetClientAsync(order)).Payments.CaptureAsync(request);
        }
        catch (TamaraConflictException conflict)
        {
            //Tamara says it is already done or not allowed now: read again, and capture once more only if Tamara still holds it
            var (after, afterBalance) = await _orderReader.ReadAsync(order);
            if (!TamaraOrderReader.IsAuthorised(after.Status) || afterBalance.Capturable <= 0 || FindUnrecordedCapture(after, captures) is not null)
            {
                var message = $"Tamara: capture for {Describe(shipment)} not made ({TamaraFailure.Describe(conflict)}); Tamara reports {after.Status} with {afterBalance.Captured} {afterBalance.Currency} captured.";
                await _orderStateService.AddNoteAsync(order, message);

                return AfterSaleOutcome.NothingToDo(message, NothingLeft(after, afterBalance));
            }

            balance = afterBalance;
            request = await BuildRequestAsync(order, plan, balance.Capturable, shipment);
            response = await (await _orderReader.GetClientAsync(order)).Payments.CaptureAsync(request);
        }

        var amounts = request.Items is null ? new CaptureAmounts { Total = request.TotalAmount.Amount } : plan;
        await _recordService.AddCaptureAsync(order, shipment, new CaptureRecord
        {
            CaptureId = response.CaptureId,
            ShipmentId = shipment?.Id,
            Amounts = amounts,
            CapturedOnUtc = DateTime.UtcNow
        });

        balance.Captured += request.TotalAmount.Amount;
        var nothingLeft = response.Status == TamaraOrderStatus.FullyCaptured || balance.Capturable <= 0;
        await _recordService.SaveBalanceAsync(order, balance);
        await _orderStateService.SaveStatusAsync(order, response.Status);
        var note = $"Tamara: captured {request.TotalAmount.Amount} {request.TotalAmount.Currency} for {Describe(shipment)} (capture id {response.CaptureId}); Tamara reports {response.Status}.";
        await _orderStateService.AddNoteAsync(order, note);

        return AfterSaleOutcome.Done(note, response.CaptureId, nothingLeft);
    }

    #endregion

    #region Methods

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

            var outcome = await _pendingActionQueue.RunOrQueueAsync(order, action, () => CaptureLockedAsync(order, shipment, null));
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
                    () => CaptureLockedAsync(order, null, null)))
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
        var outcome = await CaptureLockedAsync(order, shipment, action);
        await FollowCaptureAsync(order, outcome);

        return outcome;
    }

    #endregion
}
