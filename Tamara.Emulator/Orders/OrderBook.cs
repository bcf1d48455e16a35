using System.Net;
using System.Text.Json.Nodes;
using Tamara.Emulator.Infrastructure;
using Tamara.Emulator.Currencies;
using Tamara.Emulator.Notifications;

namespace Tamara.Emulator.Orders;

/// <summary>
/// Every order of the emulated merchant and the rules of seed 004 that move them: statuses only forward, cancel while
/// authorised (and, by default, the rest after a partial capture), captures and cancels never above the total, refunds
/// never above the captures, and the timers (new expires after 30 minutes, approved after 72 hours, authorised is
/// captured after 21 days) read on the emulated clock whenever an order is touched or the clock moves.
/// </summary>
internal sealed class OrderBook
{
    #region Fields

    public static readonly TimeSpan ApprovedLifetime = TimeSpan.FromHours(72);
    public static readonly TimeSpan AutoCaptureAfter = TimeSpan.FromDays(21);

    private readonly object _sync = new();
    private readonly List<EmulatedOrder> _orders = [];
    private readonly Dictionary<string, EmulatedOrder> _byId = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, EmulatedOrder> _byCheckoutId = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<EmulatedOrder>> _byReference = new(StringComparer.Ordinal);
    private readonly Dictionary<EmulatedOrder, int> _position = new(ReferenceEqualityComparer.Instance);

    // No order has a timer due before this: reads skip the sweep over every order until the clock gets there.
    private DateTimeOffset _nextTimerAt = DateTimeOffset.MaxValue;
    private readonly EmulatorClock _clock;
    private readonly TamaraEmulatorOptions _options;
    private readonly NotificationDispatcher _notifications;

    #endregion

    #region Ctor

    public OrderBook(EmulatorClock clock, TamaraEmulatorOptions options, NotificationDispatcher notifications)
    {
        _clock = clock;
        _options = options;
        _notifications = notifications;
    }

    #endregion

    #region Utilities

    private EmulatedOrder Find(string orderId) =>
        _byId.TryGetValue(orderId, out var order) ? order : throw TamaraApiException.OrderNotFound(orderId);

    /// <summary>When the order's next timer fires (expiry, or the auto-capture), or never.</summary>
    private static DateTimeOffset TimerDueAt(EmulatedOrder order) => order switch
    {
        { Status: OrderStatuses.New } => order.CheckoutExpiresAt,
        { Status: OrderStatuses.Approved, ApprovedAt: { } approvedAt } => approvedAt + ApprovedLifetime,
        { AuthorisedAt: { } authorisedAt, RemainingAmount: > 0, Status: OrderStatuses.Authorised or OrderStatuses.Updated
            or OrderStatuses.PartiallyCaptured or OrderStatuses.PartiallyRefunded } => authorisedAt + AutoCaptureAfter,
        _ => DateTimeOffset.MaxValue
    };

    /// <summary>Keeps orders with one reference in the order they were created, so the last is the newest.</summary>
    private void IndexReference(EmulatedOrder order)
    {
        if (!_byReference.TryGetValue(order.OrderReferenceId, out var orders))
            _byReference[order.OrderReferenceId] = orders = [];

        var position = _position[order];
        var index = orders.FindLastIndex(other => _position[other] < position) + 1;
        orders.Insert(index, order);
    }

    /// <summary>Moves the order (forward only), records why, and tells the merchant (the event of the new status unless given).</summary>
    private void Move(EmulatedOrder order, string to, DateTimeOffset at, string reason, JsonNode? data = null, string? eventType = null)
    {
        if (!OrderStatuses.IsForward(order.Status, to))
            throw new InvalidOperationException($"Order {order.OrderId} cannot move from {order.Status} to {to}.");

        order.History.Add(new StatusChange(at, order.Status, to, reason));
        order.Status = to;
        var dueAt = TimerDueAt(order);
        if (dueAt < _nextTimerAt)
            _nextTimerAt = dueAt;
        _notifications.Publish(new OrderNotice(order.OrderId, order.OrderReferenceId, order.OrderNumber, to,
            eventType ?? OrderStatuses.EventFor(to), data ?? new JsonArray(), order.MerchantUrls.Notification));
    }

    private void ApplyTimers(DateTimeOffset now)
    {
        if (now < _nextTimerAt)
            return;

        foreach (var order in _orders)
        {
            if (order.Status == OrderStatuses.New && now >= order.CheckoutExpiresAt)
                Move(order, OrderStatuses.Expired, order.CheckoutExpiresAt, "Checkout not completed in time");
            else if (order.Status == OrderStatuses.Approved && order.ApprovedAt is { } approvedAt && now >= approvedAt + ApprovedLifetime)
                Move(order, OrderStatuses.Expired, approvedAt + ApprovedLifetime, "Not authorised within 72 hours");
            else if (order.AuthorisedAt is { } authorisedAt && now >= authorisedAt + AutoCaptureAfter && order.RemainingAmount > 0
                && order.Status is OrderStatuses.Authorised or OrderStatuses.Updated or OrderStatuses.PartiallyCaptured or OrderStatuses.PartiallyRefunded)
                CaptureRemainder(order, authorisedAt + AutoCaptureAfter, "Auto-captured 21 days after authorisation");
        }

        _nextTimerAt = _orders.Count == 0 ? DateTimeOffset.MaxValue : _orders.Min(TimerDueAt);
    }

    private OrderTransaction CaptureRemainder(EmulatedOrder order, DateTimeOffset at, string reason)
    {
        var capture = new OrderTransaction(Guid.NewGuid().ToString(), order.RemainingAmount, at, null);
        order.Captures.Add(capture);
        order.AutoCaptured = true;
        var to = order.Status == OrderStatuses.PartiallyRefunded ? OrderStatuses.PartiallyRefunded : OrderStatuses.FullyCaptured;
        Move(order, to, at, reason, CaptureData(order, capture));
        return capture;
    }

    private static JsonObject CaptureData(EmulatedOrder order, OrderTransaction capture) => new()
    {
        ["capture_id"] = capture.Id,
        ["captured_amount"] = MoneyJson.Write(capture.Amount, order.Currency)
    };

    private T Locked<T>(Func<DateTimeOffset, T> action)
    {
        lock (_sync)
        {
            var now = _clock.UtcNow;
            ApplyTimers(now);
            return action(now);
        }
    }

    private static TamaraCountry CountryOf(EmulatedOrder order) => TamaraCountry.ByCountryCode(order.CountryCode)!;

    private decimal ReadPositiveAmount(JsonObject body, EmulatedOrder order, RequestValidation validation, bool checkBreakdown = false)
    {
        var amount = validation.Money(body, "total_amount", "total_amount", required: true, CountryOf(order));
        if (amount == 0)
            validation.Add("total_amount_invalid_amount", "total_amount.amount", "total_amount.amount must be more than zero");
        if (checkBreakdown && _options.StrictTotals && amount is not null)
            AmountBreakdown.Check(body, amount.Value, validation, CountryOf(order));
        validation.ThrowIfAny();
        return amount!.Value;
    }

    /// <summary>A 400 for an amount above what the order allows: "capture", "capturable", "captured" and so on.</summary>
    private static TamaraApiException TooMuch(string action, string able, string done, decimal amount, decimal allowed, EmulatedOrder order) =>
        new(HttpStatusCode.BadRequest,
            $"Cannot {action} {MoneyJson.Normalize(amount)} {order.Currency}: only {MoneyJson.Normalize(allowed)} {order.Currency} can still be {done} on order {order.OrderId}",
            new TamaraError($"total_amount_exceeds_{able}_amount", new JsonObject { [$"{able}_amount"] = MoneyJson.Write(allowed, order.Currency) }));

    #endregion

    #region Methods

    public void Add(EmulatedOrder order)
    {
        lock (_sync)
        {
            order.History.Add(new StatusChange(order.CreatedAt, OrderStatuses.New, OrderStatuses.New, "Checkout session created"));
            _position[order] = _orders.Count;
            _orders.Add(order);
            _byId[order.OrderId] = order;
            _byCheckoutId[order.CheckoutId] = order;
            IndexReference(order);
            if (order.CheckoutExpiresAt < _nextTimerAt)
                _nextTimerAt = order.CheckoutExpiresAt;
        }
    }

    /// <summary>Reads one order (after its timers ran) through <paramref name="read"/>, under the lock.</summary>
    public T Read<T>(string orderId, Func<EmulatedOrder, T> read) => Locked(_ => read(Find(orderId)));

    /// <summary>The newest order with this reference (references may repeat across checkout attempts).</summary>
    public T ReadByReference<T>(string orderReferenceId, Func<EmulatedOrder, T> read) => Locked(_ =>
    {
        var order = (_byReference.TryGetValue(orderReferenceId, out var orders) ? orders.LastOrDefault() : null)
            ?? throw new TamaraApiException(HttpStatusCode.NotFound, $"Order with reference id {orderReferenceId} is not found",
                new TamaraError("order_not_found"));
        return read(order);
    });

    public T ReadByCheckoutId<T>(string checkoutId, Func<EmulatedOrder, T> read) =>
        TryReadByCheckoutId(checkoutId, read, out var value)
            ? value
            : throw new TamaraApiException(HttpStatusCode.NotFound, $"Checkout session {checkoutId} is not found", new TamaraError("checkout_not_found"));

    /// <summary>Reads the order of a checkout session; false when there is none.</summary>
    public bool TryReadByCheckoutId<T>(string checkoutId, Func<EmulatedOrder, T> read, out T value)
    {
        var (found, result) = Locked(_ => _byCheckoutId.TryGetValue(checkoutId, out var order) ? (true, read(order)) : (false, default(T)!));
        value = result;
        return found;
    }

    public IReadOnlyList<T> ReadAll<T>(Func<EmulatedOrder, T> read) => Locked(_ => _orders.Select(read).ToList());

    /// <summary>Runs the timers now (after the clock moved).</summary>
    public void Tick() => Locked(_ => 0);

    /// <summary>The customer approves on the hosted page: new to approved.</summary>
    public void Approve(string orderId, string reason) => Locked(now =>
    {
        var order = Find(orderId);
        if (order.Status != OrderStatuses.New)
            throw TamaraApiException.Conflict($"Order {orderId} is {order.Status}: only a new order can be approved", "order_not_new");

        order.ApprovedAt = now;
        Move(order, OrderStatuses.Approved, now, reason);
        return 0;
    });

    /// <summary>Tamara declines the customer: new to declined.</summary>
    public void Decline(string orderId, string reason) => Locked(now =>
    {
        var order = Find(orderId);
        if (order.Status != OrderStatuses.New)
            throw TamaraApiException.Conflict($"Order {orderId} is {order.Status}: only a new order can be declined", "order_not_new");

        Move(order, OrderStatuses.Declined, now, reason);
        return 0;
    });

    /// <summary>Expires a new or approved order at once, as its timer would.</summary>
    public void Expire(string orderId, string reason) => Locked(now =>
    {
        var order = Find(orderId);
        if (order.Status is not (OrderStatuses.New or OrderStatuses.Approved))
            throw TamaraApiException.Conflict($"Order {orderId} is {order.Status}: only a new or approved order can expire", "order_cannot_expire");

        Move(order, OrderStatuses.Expired, now, reason);
        return 0;
    });

    /// <summary>The customer left the hosted page with Cancel: the order stays new (and expires with its timer).</summary>
    public void RecordCustomerCancel(string orderId) => Locked(now =>
    {
        var order = Find(orderId);
        order.History.Add(new StatusChange(now, order.Status, order.Status, "Customer canceled on the checkout page"));
        return 0;
    });

    /// <summary>POST /orders/{order_id}/authorise: approved to authorised, or to fully_captured on auto-capture accounts.</summary>
    public JsonObject Authorise(string orderId) => Locked(now =>
    {
        var order = Find(orderId);
        if (order.Status != OrderStatuses.Approved)
        {
            var message = order.AuthorisedAt is not null
                ? $"Order {orderId} is already authorised (status {order.Status})"
                : $"Order {orderId} is {order.Status}: only an approved order can be authorised";
            throw TamaraApiException.Conflict(message, order.AuthorisedAt is not null ? "order_already_authorised" : "order_not_approved");
        }

        order.AuthorisedAt = now;
        Move(order, OrderStatuses.Authorised, now, "Authorised by the merchant");
        var captureId = _options.AutoCaptureAtAuthorise ? CaptureRemainder(order, now, "Auto-captured at authorisation").Id : string.Empty;

        return new JsonObject
        {
            ["order_id"] = order.OrderId,
            ["status"] = order.Status,
            ["order_expiry_time"] = TamaraJson.Timestamp(now + AutoCaptureAfter),
            ["payment_type"] = order.PaymentType,
            ["auto_captured"] = order.AutoCaptured,
            ["authorized_amount"] = MoneyJson.Write(order.TotalAmount, order.Currency),
            ["capture_id"] = captureId
        };
    });

    /// <summary>
    /// POST /orders/{order_id}/cancel: while authorised (or updated), and with
    /// <see cref="TamaraEmulatorOptions.CancelAfterPartialCapture"/> (on by default) also the rest of a partially captured
    /// order. The answer's status names what the cancel did: canceled when the whole order is, updated when only part is.
    /// </summary>
    public JsonObject Cancel(string orderId, JsonObject body) => Locked(now =>
    {
        var order = Find(orderId);
        var cancelable = order.Status is OrderStatuses.Authorised or OrderStatuses.Updated
            || _options.CancelAfterPartialCapture && order.Status == OrderStatuses.PartiallyCaptured;
        if (!cancelable)
            throw TamaraApiException.Conflict(
                $"Order {orderId} is {order.Status}: the Cancel API works only while the order is authorised and nothing is captured",
                "order_cannot_be_canceled");

        var amount = ReadPositiveAmount(body, order, new RequestValidation(), checkBreakdown: true);
        if (amount > order.RemainingAmount)
            throw TooMuch("cancel", "cancelable", "canceled", amount, order.RemainingAmount, order);

        var cancel = new OrderTransaction(Guid.NewGuid().ToString(), amount, now, body);
        order.Cancels.Add(cancel);
        //after a capture the order cannot move back to updated: it stays partially_captured while something is open, and once
        //nothing is (captured + canceled = total) all that is left of it is captured, so fully_captured; the answer says updated
        var to = order.CapturedAmount > 0
            ? order.RemainingAmount == 0 ? OrderStatuses.FullyCaptured : OrderStatuses.PartiallyCaptured
            : order.RemainingAmount == 0 ? OrderStatuses.Canceled : OrderStatuses.Updated;
        var answerStatus = to == OrderStatuses.Canceled ? OrderStatuses.Canceled : OrderStatuses.Updated;
        var data = new JsonObject { ["cancel_id"] = cancel.Id, ["canceled_amount"] = MoneyJson.Write(amount, order.Currency) };
        Move(order, to, now, $"Canceled {MoneyJson.Normalize(amount)} {order.Currency}", data, OrderStatuses.EventFor(answerStatus));

        return new JsonObject
        {
            ["order_id"] = order.OrderId,
            ["cancel_id"] = cancel.Id,
            ["status"] = answerStatus,
            ["canceled_amount"] = MoneyJson.Write(amount, order.Currency)
        };
    });

    /// <summary>POST /payments/capture: from authorised (or updated, or partially captured) up to what remains.</summary>
    public JsonObject Capture(string orderId, JsonObject body) => Locked(now =>
    {
        var order = Find(orderId);
        var capturable = order.Status is OrderStatuses.Authorised or OrderStatuses.Updated or OrderStatuses.PartiallyCaptured
            || order.Status == OrderStatuses.PartiallyRefunded && order.RemainingAmount > 0;
        if (!capturable)
            throw TamaraApiException.Conflict(
                $"Order {orderId} is {order.Status}: only an authorised order with an amount left to capture can be captured",
                "order_cannot_be_captured");

        var validation = new RequestValidation();
        var shippingInfo = validation.Object(body, "shipping_info", "shipping_info", required: true);
        if (shippingInfo is not null)
        {
            validation.String(shippingInfo, "shipped_at", "shipping_info.shipped_at", required: true);
            validation.String(shippingInfo, "shipping_company", "shipping_info.shipping_company", required: true);
        }

        var amount = ReadPositiveAmount(body, order, validation, checkBreakdown: true);
        if (amount > order.RemainingAmount)
            throw TooMuch("capture", "capturable", "captured", amount, order.RemainingAmount, order);

        var capture = new OrderTransaction(Guid.NewGuid().ToString(), amount, now, body);
        order.Captures.Add(capture);
        var to = order.Status == OrderStatuses.PartiallyRefunded ? OrderStatuses.PartiallyRefunded
            : order.RemainingAmount == 0 ? OrderStatuses.FullyCaptured : OrderStatuses.PartiallyCaptured;
        Move(order, to, now, $"Captured {MoneyJson.Normalize(amount)} {order.Currency}", CaptureData(order, capture));

        return new JsonObject
        {
            ["capture_id"] = capture.Id,
            ["order_id"] = order.OrderId,
            ["status"] = order.Status,
            ["captured_amount"] = MoneyJson.Write(amount, order.Currency)
        };
    });

    /// <summary>POST /payments/simplified-refund/{order_id}: only captured money, never more than captured minus refunded.</summary>
    public JsonObject Refund(string orderId, JsonObject body) => Locked(now =>
    {
        var order = Find(orderId);
        if (order.Status is not (OrderStatuses.PartiallyCaptured or OrderStatuses.FullyCaptured or OrderStatuses.PartiallyRefunded))
            throw TamaraApiException.Conflict($"Order {orderId} is {order.Status}: only a captured order can be refunded",
                "order_cannot_be_refunded");

        var validation = new RequestValidation();
        var comment = validation.String(body, "comment", "comment", required: true);
        var merchantRefundId = validation.String(body, "merchant_refund_id", "merchant_refund_id", required: false);
        var amount = ReadPositiveAmount(body, order, validation);
        var refundable = order.CapturedAmount - order.RefundedAmount;
        if (amount > refundable)
            throw TooMuch("refund", "refundable", "refunded", amount, refundable, order);

        var captureId = order.Captures[^1].Id;
        var refund = new OrderTransaction(Guid.NewGuid().ToString(), amount, now, body, comment, merchantRefundId, captureId);
        order.Refunds.Add(refund);
        var to = order.RefundedAmount == order.CapturedAmount && order.RemainingAmount == 0
            ? OrderStatuses.FullyRefunded
            : OrderStatuses.PartiallyRefunded;
        var data = new JsonObject
        {
            ["refund_id"] = refund.Id,
            ["capture_id"] = captureId,
            ["refunded_amount"] = MoneyJson.Write(amount, order.Currency)
        };
        Move(order, to, now, $"Refunded {MoneyJson.Normalize(amount)} {order.Currency}", data);

        var answer = new JsonObject
        {
            ["order_id"] = order.OrderId,
            ["comment"] = comment,
            ["refund_id"] = refund.Id,
            ["capture_id"] = captureId,
            ["status"] = order.Status,
            ["refunded_amount"] = MoneyJson.Write(amount, order.Currency)
        };
        if (merchantRefundId is not null)
            answer["merchant_refund_id"] = merchantRefundId;
        return answer;
    });

    /// <summary>PUT /orders/{order_id}/reference-id.</summary>
    public void UpdateReferenceId(string orderId, string orderReferenceId) => Locked(now =>
    {
        var order = Find(orderId);
        order.History.Add(new StatusChange(now, order.Status, order.Status,
            $"order_reference_id changed from {order.OrderReferenceId} to {orderReferenceId}"));
        _byReference[order.OrderReferenceId].Remove(order);
        order.OrderReferenceId = orderReferenceId;
        IndexReference(order);
        return 0;
    });

    #endregion
}
