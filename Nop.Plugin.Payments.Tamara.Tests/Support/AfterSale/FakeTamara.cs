using Nop.Plugin.Payments.Tamara.Api;
using Nop.Plugin.Payments.Tamara.Api.Models;

namespace Nop.Plugin.Payments.Tamara.Tests.Support.AfterSale;

/// <summary>
/// An in-memory Tamara that keeps the seed's rules for orders, captures, cancels and refunds, and fails on demand
/// </summary>
public sealed class FakeTamara : ITamaraClient, ITamaraOrderService, ITamaraPaymentService
{
    #region Fields

    private readonly Dictionary<string, FakeOrder> _orders = new();
    private readonly Dictionary<string, Queue<Exception>> _failures = new();

    #endregion

    #region Types

    public sealed class FakeOrder
    {
        public required string Id { get; init; }
        public required string Currency { get; init; }
        public decimal Total { get; init; }
        public TamaraOrderStatus Status { get; set; }
        public List<CaptureTransaction> Captures { get; } = [];
        public List<CancelTransaction> Cancels { get; } = [];
        public List<RefundTransaction> Refunds { get; } = [];
        public decimal Captured => Captures.Sum(capture => capture.TotalAmount!.Amount);
        public decimal Canceled => Cancels.Sum(cancel => cancel.TotalAmount!.Amount);
        public decimal Refunded => Refunds.Sum(refund => refund.TotalAmount!.Amount);
        public decimal Remaining => Total - Captured - Canceled;
    }

    #endregion

    #region Utilities

    private void MaybeFail(string operation, bool afterDoing = false)
    {
        var key = afterDoing ? operation + ":after" : operation;
        if (_failures.TryGetValue(key, out var queue) && queue.Count > 0)
            throw queue.Dequeue();
    }

    private FakeOrder Find(string orderId) =>
        _orders.TryGetValue(orderId, out var order) ? order : throw new TamaraApiException("Not found", 404, "Order not found", []);

    private static TamaraConflictException Conflict(string message) => new(message, message, []);

    private static TamaraApiException TooMuch(string message) =>
        new(message, 400, message, [new TamaraApiError("amount_too_high", new Dictionary<string, string>())]);

    #endregion

    #region Methods

    public int Reads { get; private set; }

    /// <summary>
    /// Gets or sets whether the rest of a partially captured order can be canceled (as the emulator's switch of that name)
    /// </summary>
    public bool CancelAfterPartialCapture { get; set; } = true;

    public List<CaptureRequest> CaptureRequests { get; } = [];
    public List<CancelOrderRequest> CancelRequests { get; } = [];
    public List<SimplifiedRefundRequest> RefundRequests { get; } = [];

    public FakeOrder AddOrder(decimal total, string currency, TamaraOrderStatus status = TamaraOrderStatus.Authorised)
    {
        var order = new FakeOrder { Id = Guid.NewGuid().ToString(), Total = total, Currency = currency, Status = status };
        _orders[order.Id] = order;
        return order;
    }

    public FakeOrder this[string orderId] => Find(orderId);

    /// <summary>
    /// The next call of the operation (capture, cancel, refund, get, authorise) throws; "after" makes Tamara do the
    /// work first, as when the answer is lost on the way back
    /// </summary>
    public void FailNext(string operation, Exception exception, bool afterDoing = false)
    {
        var key = afterDoing ? operation + ":after" : operation;
        if (!_failures.TryGetValue(key, out var queue))
            _failures[key] = queue = new Queue<Exception>();
        queue.Enqueue(exception);
    }

    /// <summary>
    /// Forgets the failures planned and not yet met
    /// </summary>
    public void ClearFailures() => _failures.Clear();

    /// <summary>
    /// Tamara captures what remains by itself (21 days after authorisation)
    /// </summary>
    public void AutoCapture(string orderId)
    {
        var order = Find(orderId);
        order.Captures.Add(new CaptureTransaction { CaptureId = Guid.NewGuid().ToString(), TotalAmount = new Money(order.Remaining, order.Currency) });
        order.Status = TamaraOrderStatus.FullyCaptured;
    }

    public ITamaraCheckoutService Checkout => throw new NotSupportedException();
    public ITamaraOrderService Orders => this;
    public ITamaraPaymentService Payments => this;
    public ITamaraMerchantService Merchant => throw new NotSupportedException();
    public ITamaraWebhookService Webhooks => throw new NotSupportedException();

    public Task<AuthoriseOrderResponse> AuthoriseAsync(string orderId, CancellationToken cancellationToken = default)
    {
        MaybeFail("authorise");
        var order = Find(orderId);
        if (order.Status != TamaraOrderStatus.Approved)
            throw Conflict($"Order is {order.Status}");

        order.Status = TamaraOrderStatus.Authorised;
        MaybeFail("authorise", true);
        return Task.FromResult(new AuthoriseOrderResponse { OrderId = orderId, Status = order.Status });
    }

    public Task<CancelOrderResponse> CancelAsync(string orderId, CancelOrderRequest request, CancellationToken cancellationToken = default)
    {
        MaybeFail("cancel");
        var order = Find(orderId);
        var cancelable = order.Status is TamaraOrderStatus.Authorised or TamaraOrderStatus.Updated
            || CancelAfterPartialCapture && order.Status == TamaraOrderStatus.PartiallyCaptured;
        if (!cancelable)
            throw Conflict($"Order is {order.Status}");
        if (request.TotalAmount.Amount > order.Remaining)
            throw TooMuch("Cancel above what remains");

        CancelRequests.Add(request);
        var cancel = new CancelTransaction { CancelId = Guid.NewGuid().ToString(), TotalAmount = request.TotalAmount };
        order.Cancels.Add(cancel);
        order.Status = order.Captured > 0
            ? order.Remaining == 0 ? TamaraOrderStatus.FullyCaptured : TamaraOrderStatus.PartiallyCaptured
            : order.Remaining == 0 ? TamaraOrderStatus.Canceled : TamaraOrderStatus.Updated;
        var answerStatus = order.Status == TamaraOrderStatus.Canceled ? TamaraOrderStatus.Canceled : TamaraOrderStatus.Updated;
        MaybeFail("cancel", true);

        return Task.FromResult(new CancelOrderResponse { OrderId = orderId, CancelId = cancel.CancelId, Status = answerStatus, CanceledAmount = request.TotalAmount });
    }

    public Task<OrderDetails> GetAsync(string orderId, CancellationToken cancellationToken = default)
    {
        Reads++;
        MaybeFail("get");
        var order = Find(orderId);
        MaybeFail("get", true);
        return Task.FromResult(new OrderDetails
        {
            OrderId = order.Id,
            Status = order.Status,
            TotalAmount = new Money(order.Total, order.Currency),
            CapturedAmount = new Money(order.Captured, order.Currency),
            CanceledAmount = new Money(order.Canceled, order.Currency),
            RefundedAmount = new Money(order.Refunded, order.Currency),
            PaymentType = TamaraPaymentType.PayByInstalments,
            Instalments = 3,
            Transactions = new OrderTransactions
            {
                Captures = order.Captures.ToList(),
                Cancels = order.Cancels.ToList(),
                Refunds = order.Refunds.ToList()
            }
        });
    }

    public Task<OrderDetails> GetByReferenceIdAsync(string orderReferenceId, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<MessageResponse> UpdateReferenceIdAsync(string orderId, UpdateReferenceIdRequest request, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    /// <summary>
    /// Gets or sets what happens once a capture is made, before its answer goes back (another caller entering meanwhile)
    /// </summary>
    public Func<Task>? AfterCapture { get; set; }

    public async Task<CaptureResponse> CaptureAsync(CaptureRequest request, CancellationToken cancellationToken = default)
    {
        MaybeFail("capture");
        var order = Find(request.OrderId);
        if (order.Status is not (TamaraOrderStatus.Authorised or TamaraOrderStatus.Updated or TamaraOrderStatus.PartiallyCaptured or TamaraOrderStatus.PartiallyRefunded) || order.Remaining <= 0)
            throw Conflict($"Order is {order.Status}");
        if (request.TotalAmount.Amount > order.Remaining)
            throw TooMuch("Capture above what remains");

        CaptureRequests.Add(request);
        var capture = new CaptureTransaction { CaptureId = Guid.NewGuid().ToString(), TotalAmount = request.TotalAmount, ShippingInfo = request.ShippingInfo, Items = request.Items ?? [] };
        order.Captures.Add(capture);
        order.Status = order.Status == TamaraOrderStatus.PartiallyRefunded ? TamaraOrderStatus.PartiallyRefunded
            : order.Remaining == 0 ? TamaraOrderStatus.FullyCaptured : TamaraOrderStatus.PartiallyCaptured;
        MaybeFail("capture", true);
        if (AfterCapture is { } afterCapture)
        {
            AfterCapture = null;
            await afterCapture();
        }

        return new CaptureResponse { CaptureId = capture.CaptureId, OrderId = order.Id, Status = order.Status, CapturedAmount = request.TotalAmount };
    }

    public Task<SimplifiedRefundResponse> SimplifiedRefundAsync(string orderId, SimplifiedRefundRequest request, CancellationToken cancellationToken = default)
    {
        MaybeFail("refund");
        var order = Find(orderId);
        if (order.Status is not (TamaraOrderStatus.PartiallyCaptured or TamaraOrderStatus.FullyCaptured or TamaraOrderStatus.PartiallyRefunded))
            throw Conflict($"Order is {order.Status}");
        if (request.TotalAmount.Amount > order.Captured - order.Refunded)
            throw TooMuch("Refund above what was captured");

        RefundRequests.Add(request);
        var refund = new RefundTransaction
        {
            RefundId = Guid.NewGuid().ToString(),
            MerchantRefundId = request.MerchantRefundId,
            Comment = request.Comment,
            TotalAmount = request.TotalAmount
        };
        order.Refunds.Add(refund);
        order.Status = order.Refunded == order.Captured && order.Remaining == 0 ? TamaraOrderStatus.FullyRefunded : TamaraOrderStatus.PartiallyRefunded;
        MaybeFail("refund", true);

        return Task.FromResult(new SimplifiedRefundResponse { OrderId = orderId, RefundId = refund.RefundId, Status = order.Status, RefundedAmount = request.TotalAmount });
    }

    #endregion
}
