using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Tamara.Emulator.Infrastructure;
using Tamara.Emulator.Webhooks;

namespace Tamara.Emulator.Notifications;

/// <summary>
/// Sends notifications in the background, one after the other, to merchant_url.notification and to the webhooks
/// registered for the event, each with a fresh tamaraToken in the Authorization header and the query string, and retries
/// with doubling delays while the receiver does not answer 2xx. Everything sent is kept, with the answers, and
/// <see cref="WaitUntilSettledAsync"/> lets a caller wait until nothing is left to send.
/// </summary>
internal sealed class NotificationDispatcher : BackgroundService
{
    #region Fields

    private const string MerchantUrlChannel = "merchant_url";

    private static readonly TimeSpan _reorderHoldLimit = TimeSpan.FromSeconds(1);

    private readonly object _sync = new();
    private readonly Channel<Delivery> _queue = Channel.CreateUnbounded<Delivery>(new UnboundedChannelOptions { SingleReader = true });
    private readonly List<Delivery> _log = [];
    private readonly List<Delivery> _held = [];
    private readonly TamaraEmulatorOptions _options;
    private readonly TamaraTokenSigner _signer;
    private readonly WebhookRegistry _webhooks;
    private readonly ILogger<NotificationDispatcher> _logger;
    private readonly HttpClient _httpClient;
    private int _pending;
    private DateTimeOffset _heldSince;
    private TaskCompletionSource _settled = NewSettledSource(completed: true);

    #endregion

    #region Ctor

    public NotificationDispatcher(TamaraEmulatorOptions options, TamaraTokenSigner signer, WebhookRegistry webhooks,
        ILogger<NotificationDispatcher> logger)
    {
        _options = options;
        _signer = signer;
        _webhooks = webhooks;
        _logger = logger;
        _httpClient = new HttpClient(options.NotificationHandler ?? NetworkHandler(options), disposeHandler: options.NotificationHandler is null)
        {
            Timeout = Timeout.InfiniteTimeSpan
        };
    }

    #endregion

    #region Utilities

    private sealed class Delivery
    {
        public required int Id { get; init; }
        public required OrderNotice Notice { get; init; }
        public required string Channel { get; init; }
        public required string Url { get; init; }
        public required string Payload { get; init; }
        public required IReadOnlyDictionary<string, string> Headers { get; init; }
        public bool IsDuplicate { get; init; }
        public string Token { get; set; } = string.Empty;
        public DeliveryState State { get; set; }
        public List<DeliveryAttempt> Attempts { get; } = [];

        public NotificationRecord ToRecord() => new(Id, Notice.OrderId, Notice.Status, Notice.EventType, Channel, Url, Payload, Token,
            IsDuplicate, State, Attempts.ToList());
    }

    /// <summary>Receivers are the merchant's own servers (loopback in tests): never through a proxy.</summary>
    private static SocketsHttpHandler NetworkHandler(TamaraEmulatorOptions options)
    {
        var handler = new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false };
        if (options.AcceptUntrustedCertificates)
            handler.SslOptions.RemoteCertificateValidationCallback = (_, _, _, _) => true;
        return handler;
    }

    private static TaskCompletionSource NewSettledSource(bool completed)
    {
        var source = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (completed)
            source.SetResult();
        return source;
    }

    /// <summary>The shape a channel receives: the forced one, else order_status on merchant_url and event_type on webhooks.</summary>
    private NotificationShape ShapeFor(string channel) => _options.NotificationShape switch
    {
        NotificationShape.ByChannel => channel == MerchantUrlChannel ? NotificationShape.OrderStatus : NotificationShape.EventType,
        var forced => forced
    };

    private static string PayloadOf(OrderNotice notice, NotificationShape shape)
    {
        var payload = shape == NotificationShape.OrderStatus
            ? new JsonObject
            {
                ["order_id"] = notice.OrderId,
                ["order_reference_id"] = notice.OrderReferenceId,
                ["order_status"] = notice.Status,
                ["data"] = notice.Data.DeepClone()
            }
            : new JsonObject
            {
                ["order_id"] = notice.OrderId,
                ["order_reference_id"] = notice.OrderReferenceId,
                ["order_number"] = notice.OrderNumber,
                ["event_type"] = notice.EventType,
                ["data"] = notice.Data.DeepClone()
            };
        return TamaraJson.Write(payload);
    }

    private void Enqueue(IEnumerable<Delivery> deliveries)
    {
        foreach (var delivery in deliveries)
            _queue.Writer.TryWrite(delivery);
    }

    /// <summary>Releases held notifications newest first (reorder switch). Caller holds the lock.</summary>
    private void ReleaseHeld()
    {
        var held = _held.AsEnumerable().Reverse().ToList();
        _held.Clear();
        Enqueue(held);
    }

    private void Settle(Delivery delivery, DeliveryState state)
    {
        lock (_sync)
        {
            delivery.State = state;
            _pending--;
            if (_pending == 0)
                _settled.TrySetResult();
        }
    }

    private async Task<DeliveryAttempt> AttemptAsync(Delivery delivery, CancellationToken stoppingToken)
    {
        var token = _signer.Sign(DateTimeOffset.UtcNow);
        var url = UrlQuery.Append(delivery.Url, ("tamaraToken", token));
        lock (_sync)
            delivery.Token = token;

        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(delivery.Payload, Encoding.UTF8, "application/json")
        };
        foreach (var (name, value) in delivery.Headers)
            request.Headers.TryAddWithoutValidation(name, value);
        request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {token}");

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(_options.NotificationTimeout);
        var at = DateTimeOffset.UtcNow;
        try
        {
            using var response = await _httpClient.SendAsync(request, timeout.Token);
            var body = await response.Content.ReadAsStringAsync(timeout.Token);
            return new DeliveryAttempt(at, delivery.Url, (int)response.StatusCode, null, body.Length > 2000 ? body[..2000] : body);
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException && !stoppingToken.IsCancellationRequested)
        {
            var error = exception is OperationCanceledException ? $"No answer within {_options.NotificationTimeout}" : exception.Message;
            return new DeliveryAttempt(at, delivery.Url, null, error, null);
        }
    }

    private async Task DeliverAsync(Delivery delivery, CancellationToken stoppingToken)
    {
        var delay = _options.NotificationRetryDelay;
        for (var attempt = 1; ; attempt++)
        {
            var result = await AttemptAsync(delivery, stoppingToken);
            lock (_sync)
                delivery.Attempts.Add(result);
            _logger.LogInformation("Notification {Id} {Event} of order {OrderId} to {Url}: {Outcome}", delivery.Id,
                delivery.Notice.EventType, delivery.Notice.OrderId, delivery.Url, result.StatusCode?.ToString() ?? result.Error);

            if (result.StatusCode is >= 200 and < 300)
            {
                Settle(delivery, DeliveryState.Delivered);
                return;
            }

            if (attempt >= _options.NotificationAttempts)
            {
                Settle(delivery, DeliveryState.Failed);
                return;
            }

            await Task.Delay(delay, stoppingToken);
            delay *= 2;
        }
    }

    private async Task ReleaseHeldLaterAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(200));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            lock (_sync)
            {
                if (_held.Count > 0 && DateTimeOffset.UtcNow - _heldSince >= _reorderHoldLimit)
                    ReleaseHeld();
            }
        }
    }

    #endregion

    #region Methods

    /// <summary>Queues the notice for merchant_url.notification and every webhook registered for its event.</summary>
    public void Publish(OrderNotice notice)
    {
        var receivers = new List<(string Channel, string Url, IReadOnlyDictionary<string, string> Headers)>();
        if (!string.IsNullOrEmpty(notice.NotificationUrl))
            receivers.Add((MerchantUrlChannel, notice.NotificationUrl, new Dictionary<string, string>()));
        foreach (var webhook in _webhooks.For(notice.EventType))
        {
            var headers = webhook.Headers
                .Where(header => !string.Equals(header.Key, "Authorization", StringComparison.OrdinalIgnoreCase))
                .ToDictionary(header => header.Key, header => header.Value);
            receivers.Add(($"webhook:{webhook.WebhookId}", webhook.Url, headers));
        }

        lock (_sync)
        {
            var copies = _options.DuplicateNotifications ? 2 : 1;
            var deliveries = new List<Delivery>();
            foreach (var receiver in receivers)
            {
                var payload = PayloadOf(notice, ShapeFor(receiver.Channel));
                for (var copy = 0; copy < copies; copy++)
                {
                    var delivery = new Delivery
                    {
                        Id = _log.Count + 1,
                        Notice = notice,
                        Channel = receiver.Channel,
                        Url = receiver.Url,
                        Payload = payload,
                        Headers = receiver.Headers,
                        IsDuplicate = copy > 0
                    };
                    _log.Add(delivery);
                    deliveries.Add(delivery);
                }
            }

            if (deliveries.Count == 0)
                return;

            if (_pending == 0)
                _settled = NewSettledSource(completed: false);
            _pending += deliveries.Count;

            if (!_options.ReorderNotifications)
            {
                ReleaseHeld();
                Enqueue(deliveries);
                return;
            }

            if (_held.Count == 0)
                _heldSince = DateTimeOffset.UtcNow;
            _held.AddRange(deliveries);
            if (_held.Select(delivery => delivery.Notice).Distinct().Count() >= 2)
                ReleaseHeld();
        }
    }

    /// <summary>Everything sent so far, oldest first, with each attempt and answer.</summary>
    public IReadOnlyList<NotificationRecord> Log()
    {
        lock (_sync)
            return _log.Select(delivery => delivery.ToRecord()).ToList();
    }

    /// <summary>
    /// Completes when every notification queued so far (and any queued meanwhile) is delivered or has failed for good.
    /// Held notifications (reorder switch) are released first.
    /// </summary>
    public async Task WaitUntilSettledAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            Task settled;
            int pending;
            lock (_sync)
            {
                ReleaseHeld();
                if (_pending == 0)
                    return;
                settled = _settled.Task;
                pending = _pending;
            }

            var left = deadline - DateTimeOffset.UtcNow;
            try
            {
                await settled.WaitAsync(left > TimeSpan.Zero ? left : TimeSpan.Zero, cancellationToken);
            }
            catch (TimeoutException exception)
            {
                // Only a guard against a receiver that hangs: say which wait it was.
                throw new TimeoutException($"{pending} notification(s) still being delivered after {timeout.TotalSeconds:0.###} s", exception);
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var releasing = ReleaseHeldLaterAsync(stoppingToken);
        try
        {
            await foreach (var delivery in _queue.Reader.ReadAllAsync(stoppingToken))
                await DeliverAsync(delivery, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The emulator is stopping: what is still queued is not sent.
        }

        try
        {
            await releasing;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override void Dispose()
    {
        base.Dispose();
        _httpClient.Dispose();
    }

    #endregion
}
