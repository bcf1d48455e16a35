using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Nop.Core;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Core.Domain.Shipping;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Payments.Tamara.Api;
using Nop.Plugin.Payments.Tamara.Domain;
using Nop.Plugin.Payments.Tamara.Services.AfterSale;
using Nop.Plugin.Payments.Tamara.Services.Reconciliation;
using Nop.Services.Events;
using Nop.Services.Payments;
using Nop.Services.Shipping.Tracking;
using Tamara.Emulator;

namespace Nop.Plugin.Payments.Tamara.Tests.Support.Journeys;

/// <summary>
/// A nopCommerce store for the journeys: the NopStub's data as its database, the plugin's real services and controllers in one
/// StoreHost per store (each store with its own Tamara merchant), and nopCommerce's own behaviour around them: shipments, the
/// refund and cancel buttons, order deletion, events published to the plugin's consumers, the schedule task, a restart
/// </summary>
public sealed class JourneyStore : IAsyncDisposable
{
    #region Fields

    private static int _nextId = 50_000;

    private readonly Dictionary<int, Store> _stores = new();
    private readonly Dictionary<int, TamaraSettings> _settings = new();
    private readonly Dictionary<int, TamaraEmulatorHost> _merchants = new();
    private readonly Dictionary<int, StoreHost> _hosts = new();
    private readonly Dictionary<int, int> _ports = new();
    private readonly List<int> _orderIds = [];
    private readonly ConcurrentQueue<string> _shopperMessages = new();
    private readonly ConcurrentDictionary<string, string> _settingsByKey = new();

    #endregion

    #region Ctor

    private JourneyStore(NopStub nop)
    {
        Nop = nop;
    }

    #endregion

    #region Properties

    public NopStub Nop { get; }

    public IReadOnlyList<int> OrderIds => _orderIds;

    public List<Shipment> Shipments { get; } = [];

    public Dictionary<int, List<ShipmentItem>> ShipmentItems { get; } = new();

    /// <summary>
    /// Gets what nopCommerce refunded through Tamara per order (online refunds, and offline ones while the setting sends them), in the
    /// shopper's currency: what Tamara must have refunded
    /// </summary>
    public ConcurrentDictionary<int, decimal> RefundedThroughTamara { get; } = new();

    /// <summary>
    /// Gets what the plugin's event consumers threw (nopCommerce's event publisher logs it and goes on)
    /// </summary>
    public ConcurrentQueue<string> ConsumerErrors { get; } = new();

    /// <summary>
    /// Gets the latest messages the store showed the shopper (warnings and errors)
    /// </summary>
    public IReadOnlyList<string> ShopperMessages => _shopperMessages.ToList();

    /// <summary>
    /// Gets a value indicating whether the store drops every connection unanswered (see <see cref="UnreachableWhileAsync"/>)
    /// </summary>
    public bool IsDown { get; private set; }

    #endregion

    #region Utilities

    private StoreHost Host(int storeId) => _hosts[storeId];

    private void SetUpStoreData()
    {
        Nop.SettingService.Setup(service => service.LoadSettingAsync<TamaraSettings>(It.IsAny<int>()))
            .ReturnsAsync((int storeId) => _settings.GetValueOrDefault(storeId) ?? _settings[Nop.Store.Id]);
        //the settings table's rows by key: the reconciliation cursor, the deleted orders' watch list
        Nop.SettingService.Setup(service => service.GetSettingByKeyAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<int>(), It.IsAny<bool>()))
            .ReturnsAsync((string key, string defaultValue, int _, bool _) => _settingsByKey.GetValueOrDefault(key, defaultValue));
        Nop.SettingService.Setup(service => service.SetSettingAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<int>(), It.IsAny<bool>()))
            .Callback((string key, string value, int _, bool _) => _settingsByKey[key] = value)
            .Returns(Task.CompletedTask);
        Nop.StoreService.Setup(service => service.GetStoreByIdAsync(It.IsAny<int>())).ReturnsAsync((int id) => _stores.GetValueOrDefault(id)!);
        Nop.Notifications.Setup(service => service.WarningNotification(It.IsAny<string>(), It.IsAny<bool>(), It.IsAny<int>()))
            .Callback((string message, bool _, int _) => _shopperMessages.Enqueue(message));
        Nop.Notifications.Setup(service => service.ErrorNotification(It.IsAny<string>(), It.IsAny<bool>(), It.IsAny<int>()))
            .Callback((string message, bool _, int _) => _shopperMessages.Enqueue(message));
    }

    /// <summary>
    /// nopCommerce's order search as the plugin uses it: store, payment method, created from, payment statuses, a note's text;
    /// deleted orders are never found (the repository filters them)
    /// </summary>
    private void SetUpOrderSearch()
    {
        Nop.OrderService.Setup(service => service.SearchOrdersAsync(It.IsAny<int>(), It.IsAny<int>(), It.IsAny<int>(), It.IsAny<int>(), It.IsAny<int>(),
                It.IsAny<int>(), It.IsAny<int>(), It.IsAny<string>(), It.IsAny<DateTime?>(), It.IsAny<DateTime?>(), It.IsAny<List<int>>(),
                It.IsAny<List<int>>(), It.IsAny<List<int>>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(),
                It.IsAny<int>(), It.IsAny<int>(), It.IsAny<bool>()))
            .Returns(new InvocationFunc(invocation =>
            {
                var arguments = invocation.Arguments;
                var (storeId, customerId, system) = ((int)arguments[0], (int)arguments[2], (string?)arguments[7]);
                var (from, paymentStatuses, noteText) = ((DateTime?)arguments[8], (List<int>?)arguments[11], (string?)arguments[16]);
                var found = _orderIds.Select(Nop.GetOrder)
                    .Where(order => !order.Deleted)
                    .Where(order => storeId == 0 || order.StoreId == storeId)
                    .Where(order => customerId == 0 || order.CustomerId == customerId)
                    .Where(order => string.IsNullOrEmpty(system) || order.PaymentMethodSystemName == system)
                    .Where(order => from is null || order.CreatedOnUtc >= from)
                    .Where(order => paymentStatuses is null || paymentStatuses.Contains(order.PaymentStatusId))
                    .Where(order => string.IsNullOrEmpty(noteText) || Nop.NotesOf(order.Id).Any(note => note.Contains(noteText)))
                    .OrderByDescending(order => order.CreatedOnUtc)
                    .ToList();
                return Task.FromResult<IPagedList<Order>>(new PagedList<Order>(found, (int)arguments[17], Math.Min((int)arguments[18], 1_000_000)));
            }));
        Nop.OrderService.Setup(service => service.GetOrderNotesByOrderIdAsync(It.IsAny<int>(), It.IsAny<bool?>()))
            .ReturnsAsync((int orderId, bool? _) => Nop.Notes.Where(note => note.OrderId == orderId).ToList());
        Nop.OrderService.Setup(service => service.GetOrderItemsAsync(It.IsAny<int>(), It.IsAny<bool?>(), It.IsAny<bool?>(), It.IsAny<int>()))
            .ReturnsAsync((int orderId, bool? _, bool? shipEnabled, int _) => Nop.OrderItems
                .Where(item => item.OrderId == orderId)
                .Where(item => shipEnabled is null || Nop.Products[item.ProductId].IsShipEnabled == shipEnabled)
                .ToList());
        Nop.OrderService.Setup(service => service.GetProductByOrderItemIdAsync(It.IsAny<int>()))
            .ReturnsAsync((int itemId) => Nop.Products[Nop.OrderItems.Single(item => item.Id == itemId).ProductId]);
    }

    private void SetUpShipments()
    {
        var tracker = new Mock<IShipmentTracker>();
        tracker.Setup(service => service.GetUrlAsync(It.IsAny<string>(), It.IsAny<Shipment>()))
            .ReturnsAsync((string number, Shipment _) => $"https://tracking.example/{number}");
        Nop.ShipmentService.Setup(service => service.GetShipmentByIdAsync(It.IsAny<int>()))
            .ReturnsAsync((int id) => Shipments.SingleOrDefault(shipment => shipment.Id == id)!);
        Nop.ShipmentService.Setup(service => service.GetShipmentItemsByShipmentIdAsync(It.IsAny<int>()))
            .ReturnsAsync((int id) => ShipmentItems.GetValueOrDefault(id) ?? []);
        Nop.ShipmentService.Setup(service => service.GetShipmentTrackerAsync(It.IsAny<Shipment>())).ReturnsAsync(tracker.Object);
        Nop.ShipmentService.Setup(service => service.GetShipmentsByOrderIdAsync(It.IsAny<int>(), null, null, 0))
            .ReturnsAsync((int orderId, bool? _, bool? _, int _) => Shipments.Where(shipment => shipment.OrderId == orderId).ToList());
        Nop.OrderService.Setup(service => service.GetTotalNumberOfItemsInAllShipmentsAsync(It.IsAny<OrderItem>()))
            .ReturnsAsync((OrderItem item) => ShipmentItems.Values.SelectMany(items => items).Where(shipped => shipped.OrderItemId == item.Id).Sum(shipped => shipped.Quantity));
    }

    /// <summary>
    /// nopCommerce's order processing where it goes beyond the stub's: cancelling publishes OrderStatusChangedEvent, offline
    /// refunds publish OrderRefundedEvent, marking paid sets the paid date
    /// </summary>
    private void SetUpOrderProcessing()
    {
        Nop.OrderProcessing.Setup(service => service.CancelOrderAsync(It.IsAny<Order>(), It.IsAny<bool>()))
            .Returns((Order order, bool _) => SetOrderStatusAsync(order, OrderStatus.Cancelled));
        Nop.OrderProcessing.Setup(service => service.CanRefundOffline(It.IsAny<Order>()))
            .Returns((Order order) => order.PaymentStatus == PaymentStatus.Paid && order.RefundedAmount == 0);
        //the plugin records this way a refund Tamara confirmed later (a queued one): it went through Tamara
        Nop.OrderProcessing.Setup(service => service.RefundOfflineAsync(It.IsAny<Order>()))
            .Returns((Order order) => RecordRefundThroughTamaraAsync(order, order.OrderTotal - order.RefundedAmount));
        Nop.OrderProcessing.Setup(service => service.CanPartiallyRefundOffline(It.IsAny<Order>(), It.IsAny<decimal>()))
            .Returns((Order order, decimal amount) => order.PaymentStatus is PaymentStatus.Paid or PaymentStatus.PartiallyRefunded
                && amount > 0 && amount <= order.OrderTotal - order.RefundedAmount);
        Nop.OrderProcessing.Setup(service => service.PartiallyRefundOfflineAsync(It.IsAny<Order>(), It.IsAny<decimal>()))
            .Returns((Order order, decimal amount) => RecordRefundThroughTamaraAsync(order, amount));
    }

    private async Task RecordRefundThroughTamaraAsync(Order order, decimal amount)
    {
        AddRefundedThroughTamara(order, amount);
        await RecordRefundAsync(order, amount);
    }

    private async Task SetOrderStatusAsync(Order order, OrderStatus status)
    {
        var previous = Nop.GetOrder(order.Id).OrderStatus;
        order.OrderStatus = status;
        await Nop.OrderService.Object.UpdateOrderAsync(order);
        if (previous != status)
            await PublishAsync(new OrderStatusChangedEvent(order, previous), order.StoreId);
    }

    /// <summary>
    /// What nopCommerce does once a refund is made (online or offline): refunded amount and payment status, then OrderRefundedEvent
    /// </summary>
    private async Task RecordRefundAsync(Order order, decimal amount)
    {
        order.RefundedAmount += amount;
        order.PaymentStatus = order.RefundedAmount >= order.OrderTotal ? PaymentStatus.Refunded : PaymentStatus.PartiallyRefunded;
        await Nop.OrderService.Object.UpdateOrderAsync(order);
        await PublishAsync(new OrderRefundedEvent(order, amount), order.StoreId);
    }

    private void AddRefundedThroughTamara(Order order, decimal amount) =>
        RefundedThroughTamara.AddOrUpdate(order.Id, TamaraCurrencyAmount(order, amount), (_, sum) => sum + TamaraCurrencyAmount(order, amount));

    private static decimal TamaraCurrencyAmount(Order order, decimal amount) =>
        JourneyAudit.RefundAmountAtTamara(order, amount);

    /// <summary>
    /// Starts a store's host at its address; should another test have taken the address meanwhile, at a new one (the store's
    /// URL follows, Tamara's notifications of earlier sessions are then lost, as for a store that moved)
    /// </summary>
    private async Task<StoreHost> StartHostAsync(int storeId)
    {
        try
        {
            return await StartHostAsync(storeId, _ports.GetValueOrDefault(storeId));
        }
        catch (IOException) when (_ports.ContainsKey(storeId))
        {
            return await StartHostAsync(storeId, 0);
        }
    }

    private async Task<StoreHost> StartHostAsync(int storeId, int port)
    {
        var merchantUrl = Nop.Store.Url;
        var host = await StoreHost.StartAsync(Nop, services =>
        {
            services.AddSingleton<IStartupFilter>(new UnreachableGate(() => IsDown));
            services.AddScoped<TamaraPaymentMethod>();
            services.AddSingleton<ITamaraClientFactory>(provider => new QuickRetryClientFactory(ActivatorUtilities.CreateInstance<TamaraClientFactory>(provider)));
            services.AddHttpClient(TamaraClientFactory.HttpClientName).AddHttpMessageHandler(() => new LateAnswerTimesOut());
            var storeContext = new Mock<IStoreContext>();
            storeContext.Setup(context => context.GetCurrentStoreAsync()).ReturnsAsync(() => _stores[storeId]);
            storeContext.Setup(context => context.GetActiveStoreScopeConfigurationAsync()).ReturnsAsync(0);
            services.AddSingleton(storeContext.Object);
        }, port, DescribeOrder);

        //StoreHost points the stub's store at itself; each store keeps its own address
        _ports[storeId] = new Uri(host.BaseUrl).Port;
        _stores[storeId].Url = host.BaseUrl + "/";
        if (storeId != Nop.Store.Id)
            Nop.Store.Url = merchantUrl;

        return host;
    }

    private string DescribeOrder(int orderId)
    {
        var order = Nop.GetOrder(orderId);
        var message = _shopperMessages.LastOrDefault();
        return $"Order status: {order.OrderStatus}. Payment status: {order.PaymentStatus}." + (message is null ? string.Empty : $" Message: {message}");
    }

    #endregion

    #region Methods

    /// <summary>
    /// Opens the store: store 1 sells with the first merchant; each further merchant gets a store of its own
    /// </summary>
    public static async Task<JourneyStore> OpenAsync(params TamaraEmulatorHost[] merchants)
    {
        var store = new JourneyStore(new NopStub());
        CheckoutOrders.AddCatalog(store.Nop);
        store.SetUpStoreData();
        store.SetUpOrderSearch();
        store.SetUpShipments();
        store.SetUpOrderProcessing();

        for (var index = 0; index < merchants.Length; index++)
        {
            var storeId = index + 1;
            var merchant = merchants[index];
            store._stores[storeId] = storeId == store.Nop.Store.Id ? store.Nop.Store : new Store { Id = storeId, Name = $"Store {storeId}", SslEnabled = false };
            store._merchants[storeId] = merchant;
            var settings = storeId == store.Nop.Store.Id ? store.Nop.Settings : new TamaraSettings
            {
                EnabledPaymentTypes = store.Nop.Settings.EnabledPaymentTypes,
                EnabledInstalments = store.Nop.Settings.EnabledInstalments,
                AllowedCountries = store.Nop.Settings.AllowedCountries,
                CheckoutExpiryMinutes = 30,
                DebugLogging = true
            };
            settings.Environment = TamaraEnvironment.Custom;
            settings.CustomApiUrl = merchant.BaseUrl;
            settings.ApiToken = merchant.ApiToken;
            settings.NotificationToken = merchant.NotificationToken;
            settings.CaptureTrigger = CaptureTrigger.ShipmentSent;
            settings.CancelAtTamaraOnOrderCancelled = true;
            settings.SendOfflineRefundsToTamara = true;
            settings.WarnUncapturedAfterDays = 14;
            store._settings[storeId] = settings;
            store._hosts[storeId] = await store.StartHostAsync(storeId);
        }

        return store;
    }

    public TamaraSettings SettingsOf(int storeId = 1) => _settings[storeId];

    public TamaraEmulatorHost MerchantOf(Order order) => _merchants[order.StoreId];

    public string BaseUrlOf(int storeId = 1) => Host(storeId).BaseUrl;

    public Order Reload(Order order) => Nop.GetOrder(order.Id);

    /// <summary>
    /// Gets a request scope of a store's host, as an admin request or a schedule task has one
    /// </summary>
    public IServiceScope CreateScope(int storeId = 1) => Host(storeId).Services.CreateScope();

    /// <summary>
    /// Places a SAR order (or one in another currency at a rate) in a store, as nopCommerce's checkout does, Tamara's payment pending
    /// </summary>
    public Order PlaceOrder(string currency = "SAR", decimal rate = 1m, int storeId = 1)
    {
        var order = CheckoutOrders.AddSarOrder(Nop, rate, currency);
        order.StoreId = storeId;
        order.ShippingStatus = ShippingStatus.NotYetShipped;
        order = Nop.AddOrder(order);
        _orderIds.Add(order.Id);
        return order;
    }

    /// <summary>
    /// Runs PostProcessPaymentAsync as nopCommerce's checkout does after placing the order; answers where the shopper is sent
    /// </summary>
    public async Task<string> PostProcessPaymentAsync(Order order)
    {
        using var scope = Host(order.StoreId).Services.CreateScope();
        var httpContext = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = httpContext;

        await scope.ServiceProvider.GetRequiredService<TamaraPaymentMethod>().PostProcessPaymentAsync(new PostProcessPaymentRequest { Order = Reload(order) });

        return httpContext.Response.Headers.Location.ToString();
    }

    /// <summary>
    /// The shopper's browser opens a store URL (a return route): answers the page it lands on, following the store's redirects
    /// </summary>
    public async Task<string> ShopperOpensAsync(string url, int storeId = 1)
    {
        using var browser = Host(storeId).CreateBrowser(Nop.Customer.Id);
        using var response = await browser.GetAsync(url);
        if (response.Headers.Location is not { } next)
            return $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";

        using var page = await browser.GetAsync(next);
        return await page.Content.ReadAsStringAsync();
    }

    /// <summary>
    /// Sends a sent shipment of the boots (the order's shippable line), as nopCommerce's "Set as shipped" does
    /// </summary>
    public async Task<Shipment> ShipAsync(Order order, int quantity)
    {
        var boots = Nop.OrderItems.Single(item => item.OrderId == order.Id && Nop.Products[item.ProductId].IsShipEnabled);
        var shipment = new Shipment
        {
            Id = Interlocked.Increment(ref _nextId),
            OrderId = order.Id,
            TrackingNumber = $"TRK-{order.Id}-{Shipments.Count(existing => existing.OrderId == order.Id) + 1}",
            CreatedOnUtc = DateTime.UtcNow,
            ShippedDateUtc = DateTime.UtcNow
        };
        Shipments.Add(shipment);
        ShipmentItems[shipment.Id] = [new ShipmentItem { Id = shipment.Id, ShipmentId = shipment.Id, OrderItemId = boots.Id, Quantity = quantity }];

        var stored = Reload(order);
        stored.ShippingStatus = ShippedQuantity(order) >= boots.Quantity ? ShippingStatus.Shipped : ShippingStatus.PartiallyShipped;
        await Nop.OrderService.Object.UpdateOrderAsync(stored);
        await PublishAsync(new ShipmentSentEvent(shipment), order.StoreId);
        return shipment;
    }

    public int ShippedQuantity(Order order) =>
        Shipments.Where(shipment => shipment.OrderId == order.Id).SelectMany(shipment => ShipmentItems[shipment.Id]).Sum(item => item.Quantity);

    public bool IsFullyShipped(Order order) =>
        ShippedQuantity(order) >= Nop.OrderItems.Where(item => item.OrderId == order.Id && Nop.Products[item.ProductId].IsShipEnabled).Sum(item => item.Quantity);

    /// <summary>
    /// The admin's Refund or Partial refund button, as nopCommerce's order processing runs it: the payment method first, then the
    /// refund recorded; answers the errors shown to the admin
    /// </summary>
    public async Task<IList<string>> RefundAsync(Order order, decimal amount)
    {
        order = Reload(order);
        var isPartial = order.RefundedAmount > 0 || amount < order.OrderTotal;

        //nopCommerce shows the buttons only for a paid order, and never for more than is left
        if (order.PaymentStatus is not (PaymentStatus.Paid or PaymentStatus.PartiallyRefunded) || amount <= 0 || amount > order.OrderTotal - order.RefundedAmount)
            return [$"nopCommerce offers no refund of {amount} for a payment {order.PaymentStatus} with {order.RefundedAmount} refunded"];

        using var scope = Host(order.StoreId).Services.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<TamaraPaymentMethod>()
            .RefundAsync(new RefundPaymentRequest { Order = order, AmountToRefund = amount, IsPartialRefund = isPartial });
        if (!result.Success)
            return result.Errors;

        await RecordRefundThroughTamaraAsync(order, amount);
        return [];
    }

    /// <summary>
    /// The admin's Partial refund (Offline) button: the money went back another way; Tamara hears of it if the settings say so
    /// </summary>
    public async Task RefundOfflineAsync(Order order, decimal amount)
    {
        order = Reload(order);
        if (_settings[order.StoreId].SendOfflineRefundsToTamara)
            AddRefundedThroughTamara(order, amount);
        await RecordRefundAsync(order, amount);
    }

    /// <summary>
    /// The admin cancels the order (nopCommerce's CancelOrderAsync: the status, then OrderStatusChangedEvent)
    /// </summary>
    public async Task CancelAsync(Order order) => await SetOrderStatusAsync(Reload(order), OrderStatus.Cancelled);

    /// <summary>
    /// The admin deletes the order: nopCommerce soft-deletes it with no status change and publishes EntityDeletedEvent&lt;Order&gt;
    /// </summary>
    public async Task DeleteAsync(Order order)
    {
        order = Reload(order);
        order.Deleted = true;
        await Nop.OrderService.Object.UpdateOrderAsync(order);

        //the reference SDK declares the event only once the plugin consumes it: publish it when it is there
        var deletedEvent = typeof(Order).Assembly.GetType("Nop.Core.Events.EntityDeletedEvent`1")?.MakeGenericType(typeof(Order));
        if (deletedEvent is not null)
        {
            var publish = GetType().GetMethod(nameof(PublishAsync))!.MakeGenericMethod(deletedEvent);
            await (Task)publish.Invoke(this, [Activator.CreateInstance(deletedEvent, order), order.StoreId])!;
        }
    }

    /// <summary>
    /// Publishes an event to the plugin's consumers as nopCommerce's event publisher does: each in turn, an exception logged, not thrown
    /// </summary>
    public async Task PublishAsync<TEvent>(TEvent eventMessage, int storeId)
    {
        var consumers = typeof(TamaraPaymentMethod).Assembly.GetTypes()
            .Where(type => type is { IsClass: true, IsAbstract: false } && typeof(IConsumer<TEvent>).IsAssignableFrom(type));
        using var scope = Host(storeId).Services.CreateScope();
        foreach (var type in consumers)
        {
            try
            {
                await ((IConsumer<TEvent>)ActivatorUtilities.CreateInstance(scope.ServiceProvider, type)).HandleEventAsync(eventMessage);
            }
            catch (Exception exception)
            {
                ConsumerErrors.Enqueue($"{type.Name} on {typeof(TEvent).Name}: {exception.GetType().Name}: {exception.Message}");
            }
        }
    }

    /// <summary>
    /// Runs the plugin's schedule task once, as nopCommerce's task runner does
    /// </summary>
    public async Task RunScheduleTaskAsync()
    {
        using var scope = Host(Nop.Store.Id).Services.CreateScope();
        await ActivatorUtilities.CreateInstance<ReconciliationTask>(scope.ServiceProvider).ExecuteAsync();
    }

    /// <summary>
    /// Time passes in the store: what it dated (orders, the task's last reading, queued actions) moves back by as much
    /// </summary>
    public async Task TimePassesAsync(TimeSpan by)
    {
        using var scope = Host(Nop.Store.Id).Services.CreateScope();
        var records = scope.ServiceProvider.GetRequiredService<AfterSaleRecordService>();
        foreach (var order in _orderIds.Select(Nop.GetOrder))
        {
            order.CreatedOnUtc -= by;
            await Nop.OrderService.Object.UpdateOrderAsync(order);

            if (Nop.GetAttribute(order, TamaraDefaults.OrderAttributes.ReconciledOnUtc) is DateTime reconciledOn)
                await Nop.GenericAttributes.SaveAttributeAsync<DateTime?>(order, TamaraDefaults.OrderAttributes.ReconciledOnUtc, reconciledOn - by);

            foreach (var action in await records.GetPendingActionsAsync(order))
            {
                action.NextAttemptOnUtc -= by;
                await records.SavePendingActionAsync(order, action);
            }
        }
    }

    /// <summary>
    /// The store is unreachable (every connection is dropped unanswered) while something happens; its address stays its own
    /// </summary>
    public async Task UnreachableWhileAsync(Func<Task> happens)
    {
        IsDown = true;
        try
        {
            await happens();
        }
        finally
        {
            IsDown = false;
        }
    }

    /// <summary>
    /// The store restarts at the same addresses with its services built anew: only what it saved (orders, generic attributes,
    /// settings, notes) is still there
    /// </summary>
    public async Task RestartAsync()
    {
        await StopAsync();
        foreach (var storeId in _stores.Keys)
            _hosts[storeId] = await StartHostAsync(storeId);
    }

    private async Task StopAsync()
    {
        foreach (var host in _hosts.Values)
            await host.DisposeAsync();
        _hosts.Clear();
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    #endregion
}
