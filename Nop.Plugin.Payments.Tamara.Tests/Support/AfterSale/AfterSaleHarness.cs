using System.Linq.Expressions;
using Moq;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Core.Domain.Shipping;
using Nop.Plugin.Payments.Tamara.Api;
using Nop.Plugin.Payments.Tamara.Api.Models;
using Nop.Plugin.Payments.Tamara.Domain;
using Nop.Plugin.Payments.Tamara.Services;
using Nop.Plugin.Payments.Tamara.Services.AfterSale;
using Nop.Plugin.Payments.Tamara.Services.Events;
using Nop.Plugin.Payments.Tamara.Services.Orders;
using Nop.Plugin.Payments.Tamara.Services.Reconciliation;
using Nop.Plugin.Payments.Tamara.Services.Retries;
using Nop.Services.Catalog;
using Nop.Services.Configuration;
using Nop.Services.Events;
using Nop.Services.Localization;
using Nop.Services.Logging;
using Nop.Services.Orders;
using Nop.Services.Payments;
using Nop.Services.Shipping;
using Nop.Services.Shipping.Tracking;

namespace Nop.Plugin.Payments.Tamara.Tests.Support.AfterSale;

/// <summary>
/// The after-sale services wired as nopCommerce wires them, with nopCommerce's services mocked around AfterSaleOrders and a
/// Tamara backend (the fake or the emulator, see AfterSaleFixture); the checkout side is tested with the NopStub
/// </summary>
public sealed class AfterSaleHarness
{
    #region Ctor

    private AfterSaleHarness(TamaraBackend backend, IEnumerable<AfterSaleOrder> orders)
    {
        Backend = backend;
        Orders.AddRange(orders);
        Settings = new TamaraSettings
        {
            Environment = TamaraEnvironment.Custom,
            CustomApiUrl = backend.BaseUrl,
            ApiToken = backend is EmulatorBackend emulator ? emulator.Host.ApiToken : "test-token",
            CaptureTrigger = CaptureTrigger.ShipmentSent,
            CancelAtTamaraOnOrderCancelled = true,
            SendOfflineRefundsToTamara = true,
            WarnUncapturedAfterDays = 7
        };

        Logger.Setup(logger => logger.ErrorAsync(It.IsAny<string>(), It.IsAny<Exception>(), null))
            .Callback((string message, Exception _, Nop.Core.Domain.Customers.Customer _) => Errors.Add(message))
            .Returns(Task.CompletedTask);

        var settingService = new Mock<ISettingService>();
        settingService.Setup(service => service.LoadSettingAsync<TamaraSettings>(It.IsAny<int>())).ReturnsAsync(() => Settings);
        settingService.Setup(service => service.GetSettingByKeyAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<int>(), It.IsAny<bool>()))
            .ReturnsAsync((string key, string defaultValue, int _, bool _) => StoreSettings.GetValueOrDefault(key, defaultValue));
        settingService.Setup(service => service.SetSettingAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<int>(), It.IsAny<bool>()))
            .Callback((string key, string value, int _, bool _) => StoreSettings[key] = value)
            .Returns(Task.CompletedTask);

        var clientFactory = new Mock<ITamaraClientFactory>();
        clientFactory.Setup(factory => factory.Create(It.IsAny<TamaraClientOptions>()))
            .Returns((TamaraClientOptions options) =>
            {
                options.ReadRetryCount = 0;
                return backend.CreateClient(options);
            });

        var localization = new Mock<ILocalizationService>();
        localization.Setup(service => service.GetResourceAsync(It.IsAny<string>())).ReturnsAsync((string key) => key);
        localization.Setup(service => service.GetLocalizedAsync(It.IsAny<Product>(), It.IsAny<Expression<Func<Product, string>>>(), It.IsAny<int?>(), It.IsAny<bool>(), It.IsAny<bool>()))
            .ReturnsAsync((Product product, Expression<Func<Product, string>> selector, int? _, bool _, bool _) => selector.Compile()(product));

        var productService = new Mock<IProductService>();
        productService.Setup(service => service.GetProductsByIdsAsync(It.IsAny<int[]>()))
            .ReturnsAsync((int[] ids) => Orders.SelectMany(order => order.Products.Values).Where(product => ids.Contains(product.Id)).Distinct().ToList());

        SetUpOrderService();
        SetUpShipmentService();
        SetUpOrderProcessing();

        var clientProvider = new TamaraClientProvider(Logger.Object, settingService.Object, clientFactory.Object);
        var stateService = new TamaraOrderStateService(Attributes, OrderService.Object);
        Records = new AfterSaleRecordService(Attributes);
        var reader = Reader = new TamaraOrderReader(Records, OrderService.Object, clientProvider, stateService, TimeLimit);
        var orderLock = new TamaraOrderLock(Locker, TimeLimit);
        var queue = new PendingActionQueue(Records, Logger.Object, stateService, TimeLimit);
        var itemBuilder = new TamaraItemBuilder(localization.Object, OrderService.Object, productService.Object);

        Capture = new TamaraCaptureService(Records, OrderProcessing.Object, OrderService.Object, ShipmentService.Object, queue, clientProvider, itemBuilder, orderLock, reader, stateService);
        Cancel = new TamaraCancelService(Records, OrderProcessing.Object, OrderService.Object, queue, itemBuilder, orderLock, reader, stateService);
        var synchronizer = Synchronizer = new TamaraOrderSynchronizer(Logger.Object, OrderProcessing.Object, OrderService.Object, Cancel, Capture, clientProvider, orderLock, stateService);
        Refund = new TamaraRefundService(Records, queue, orderLock, reader, stateService, synchronizer);
        Retry = new PendingActionRetryService(Records, Logger.Object, OrderProcessing.Object, OrderService.Object, Cancel, Capture, orderLock, stateService, Refund, TimeLimit);
        var deletedOrders = new DeletedOrderWatchList(settingService.Object);
        Reconciliation = new ReconciliationService(Records, deletedOrders, Attributes, Logger.Object, OrderService.Object, settingService.Object, Retry, Cancel,
            clientProvider, reader, stateService, synchronizer);

        PaymentOperations = new TamaraPaymentOperations(Records, Cancel, Capture, Refund);
        ShipmentConsumer = new ShipmentCaptureConsumer(OrderService.Object, Cancel, Capture, clientProvider, synchronizer, TimeLimit);
        CancelledConsumer = new OrderCancelledConsumer(Cancel, clientProvider, TimeLimit);
        DeletedConsumer = new OrderDeletedConsumer(deletedOrders, Cancel, clientProvider, TimeLimit);
        RefundedConsumer = new OrderRefundedConsumer(clientProvider, Refund, TimeLimit);
        VoidedConsumers.Add(new OrderVoidedConsumer(Cancel, TimeLimit));
        PaidConsumers.Add(new OrderPaidConsumer(Records, stateService, synchronizer, TimeLimit));
    }

    #endregion

    #region Utilities

    private AfterSaleOrder Of(int orderId) => Orders.Single(order => order.Order.Id == orderId);

    private void SetUpOrderService()
    {
        OrderService.Setup(service => service.GetOrderByIdAsync(It.IsAny<int>()))
            .ReturnsAsync((int id) => Orders.SingleOrDefault(order => order.Order.Id == id)?.Order!);
        OrderService.Setup(service => service.GetOrderItemsAsync(It.IsAny<int>(), It.IsAny<bool?>(), It.IsAny<bool?>(), It.IsAny<int>()))
            .ReturnsAsync((int orderId, bool? _, bool? shipEnabled, int _) =>
                Of(orderId).Items.Where(item => shipEnabled is null || Of(orderId).Products[item.Id].IsShipEnabled == shipEnabled).ToList());
        OrderService.Setup(service => service.GetProductByOrderItemIdAsync(It.IsAny<int>()))
            .ReturnsAsync((int itemId) => Orders.Select(order => order.Products.GetValueOrDefault(itemId)).First(product => product is not null)!);
        OrderService.Setup(service => service.GetTotalNumberOfItemsInAllShipmentsAsync(It.IsAny<Nop.Core.Domain.Orders.OrderItem>()))
            .ReturnsAsync((Nop.Core.Domain.Orders.OrderItem item) => Of(item.OrderId).ShipmentItems.Values.SelectMany(items => items).Where(shipped => shipped.OrderItemId == item.Id).Sum(shipped => shipped.Quantity));
        OrderService.Setup(service => service.InsertOrderNoteAsync(It.IsAny<OrderNote>()))
            .Callback((OrderNote note) => Notes.Add(note))
            .Returns(Task.CompletedTask);
        OrderService.Setup(service => service.UpdateOrderAsync(It.IsAny<Order>())).Returns(Task.CompletedTask);
        OrderService.Setup(service => service.SearchOrdersAsync(It.IsAny<int>(), It.IsAny<int>(), It.IsAny<int>(), It.IsAny<int>(), It.IsAny<int>(),
                It.IsAny<int>(), It.IsAny<int>(), It.IsAny<string>(), It.IsAny<DateTime?>(), It.IsAny<DateTime?>(), It.IsAny<List<int>>(),
                It.IsAny<List<int>>(), It.IsAny<List<int>>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(),
                It.IsAny<int>(), It.IsAny<int>(), It.IsAny<bool>()))
            .Returns(new InvocationFunc(invocation =>
            {
                var system = (string?)invocation.Arguments[7];
                var from = (DateTime?)invocation.Arguments[8];
                var to = (DateTime?)invocation.Arguments[9];
                var paymentStatuses = (List<int>?)invocation.Arguments[11];
                var noteText = (string?)invocation.Arguments[16];
                var pageIndex = (int)invocation.Arguments[17];
                var pageSize = Math.Min((int)invocation.Arguments[18], 1_000_000);
                var noted = string.IsNullOrEmpty(noteText) ? null : Notes.Where(note => note.Note.Contains(noteText)).Select(note => note.OrderId).ToHashSet();
                return Task.FromResult<Nop.Core.IPagedList<Order>>(new Nop.Core.PagedList<Order>(Orders.Select(order => order.Order)
                    .Where(order => system is null || order.PaymentMethodSystemName == system)
                    .Where(order => !order.Deleted)
                    .Where(order => from is null || order.CreatedOnUtc >= from)
                    .Where(order => to is null || order.CreatedOnUtc <= to)
                    .Where(order => paymentStatuses is null || paymentStatuses.Contains(order.PaymentStatusId))
                    .Where(order => noted is null || noted.Contains(order.Id))
                    //newest first, as nopCommerce sorts; orders placed in the same tick come in no particular order, as from a database
                    .OrderByDescending(order => order.CreatedOnUtc).ThenBy(order => order.Id % 7).ToList(), pageIndex, pageSize));
            }));
    }

    private void SetUpShipmentService()
    {
        var tracker = new Mock<IShipmentTracker>();
        tracker.Setup(service => service.GetUrlAsync(It.IsAny<string>(), It.IsAny<Shipment>()))
            .ReturnsAsync((string number, Shipment _) => $"https://tracking.example/{number}");

        ShipmentService.Setup(service => service.GetShipmentItemsByShipmentIdAsync(It.IsAny<int>()))
            .ReturnsAsync((int id) => Orders.Select(order => order.ShipmentItems.GetValueOrDefault(id)).First(items => items is not null)!);
        ShipmentService.Setup(service => service.GetShipmentByIdAsync(It.IsAny<int>()))
            .ReturnsAsync((int id) => Orders.SelectMany(order => order.Shipments).Single(shipment => shipment.Id == id));
        ShipmentService.Setup(service => service.GetShipmentTrackerAsync(It.IsAny<Shipment>())).ReturnsAsync(tracker.Object);
        ShipmentService.Setup(service => service.GetShipmentsByOrderIdAsync(It.IsAny<int>(), null, null, 0))
            .ReturnsAsync((int orderId, bool? _, bool? _, int _) => Orders.Single(order => order.Order.Id == orderId).Shipments.ToList());
    }

    /// <summary>
    /// nopCommerce's order processing, as far as the plugin relies on it (the refunds publish OrderRefundedEvent as nopCommerce does)
    /// </summary>
    private void SetUpOrderProcessing()
    {
        OrderProcessing.Setup(service => service.CanMarkOrderAsPaid(It.IsAny<Order>()))
            .Returns((Order order) => order.OrderStatus != OrderStatus.Cancelled && order.PaymentStatus is not (PaymentStatus.Paid or PaymentStatus.Refunded or PaymentStatus.Voided));
        OrderProcessing.Setup(service => service.MarkOrderAsPaidAsync(It.IsAny<Order>()))
            .Returns((Order order) =>
            {
                if (!OrderProcessing.Object.CanMarkOrderAsPaid(order))
                    throw new Nop.Core.NopException("You can't mark this order as paid");

                order.PaymentStatus = PaymentStatus.Paid;
                order.PaidDateUtc = DateTime.UtcNow;
                return Task.WhenAll(PaidConsumers.Select(consumer => consumer.HandleEventAsync(new OrderPaidEvent(order))));
            });
        OrderProcessing.Setup(service => service.CanMarkOrderAsAuthorized(It.IsAny<Order>()))
            .Returns((Order order) => order.OrderStatus != OrderStatus.Cancelled && order.PaymentStatus == PaymentStatus.Pending);
        OrderProcessing.Setup(service => service.MarkAsAuthorizedAsync(It.IsAny<Order>()))
            .Callback((Order order) => order.PaymentStatus = PaymentStatus.Authorized).Returns(Task.CompletedTask);
        OrderProcessing.Setup(service => service.CanVoidOffline(It.IsAny<Order>()))
            .Returns((Order order) => order.PaymentStatus == PaymentStatus.Authorized);
        OrderProcessing.Setup(service => service.VoidOfflineAsync(It.IsAny<Order>()))
            .Returns((Order order) => VoidOfflineInNopCommerceAsync(order));
        OrderProcessing.Setup(service => service.CanCancelOrder(It.IsAny<Order>()))
            .Returns((Order order) => order.OrderStatus != OrderStatus.Cancelled);
        OrderProcessing.Setup(service => service.CancelOrderAsync(It.IsAny<Order>(), It.IsAny<bool>()))
            .Returns((Order order, bool _) => CancelInNopCommerceAsync(order));
        OrderProcessing.Setup(service => service.CanRefundOffline(It.IsAny<Order>()))
            .Returns((Order order) => order.PaymentStatus == PaymentStatus.Paid && order.RefundedAmount == 0);
        OrderProcessing.Setup(service => service.RefundOfflineAsync(It.IsAny<Order>()))
            .Returns((Order order) => RefundInNopCommerceAsync(order, order.OrderTotal));
        OrderProcessing.Setup(service => service.CanPartiallyRefundOffline(It.IsAny<Order>(), It.IsAny<decimal>()))
            .Returns((Order order, decimal amount) => order.PaymentStatus is PaymentStatus.Paid or PaymentStatus.PartiallyRefunded && amount <= order.OrderTotal - order.RefundedAmount);
        OrderProcessing.Setup(service => service.PartiallyRefundOfflineAsync(It.IsAny<Order>(), It.IsAny<decimal>()))
            .Returns((Order order, decimal amount) => RefundInNopCommerceAsync(order, amount));
    }

    #endregion

    #region Properties

    public TamaraBackend Backend { get; }
    public List<AfterSaleOrder> Orders { get; } = [];
    public TamaraSettings Settings { get; }

    /// <summary>
    /// Gets the settings nopCommerce keeps by key (ISettingService.GetSettingByKeyAsync and SetSettingAsync)
    /// </summary>
    public Dictionary<string, string> StoreSettings { get; } = [];

    public InMemoryGenericAttributeService Attributes { get; } = new();
    public InMemoryLocker Locker { get; } = new();

    /// <summary>
    /// Gets the time limit of the one admin request the harness's consumers run in
    /// </summary>
    public TamaraRequestTimeLimit TimeLimit { get; } = new();

    /// <summary>
    /// Lets the next events run as another admin request would: nopCommerce scopes the time limit per request, so
    /// Tamara's slowness in an earlier request does not queue the next one's actions
    /// </summary>
    public void BeginNextAdminRequest() => TimeLimit.RecordAnswer();
    public List<OrderNote> Notes { get; } = [];
    public List<string> Errors { get; } = [];
    public Mock<ILogger> Logger { get; } = new();
    public Mock<IOrderService> OrderService { get; } = new();
    public Mock<IShipmentService> ShipmentService { get; } = new();
    public Mock<IOrderProcessingService> OrderProcessing { get; } = new();

    public AfterSaleRecordService Records { get; }
    public TamaraCaptureService Capture { get; }
    public TamaraCancelService Cancel { get; }
    public TamaraRefundService Refund { get; }
    public PendingActionRetryService Retry { get; }
    public ReconciliationService Reconciliation { get; }
    public TamaraPaymentOperations PaymentOperations { get; }
    public TamaraOrderReader Reader { get; }
    public TamaraOrderSynchronizer Synchronizer { get; }
    public ShipmentCaptureConsumer ShipmentConsumer { get; }
    public OrderCancelledConsumer CancelledConsumer { get; }
    public OrderDeletedConsumer DeletedConsumer { get; }
    public OrderRefundedConsumer RefundedConsumer { get; }

    /// <summary>
    /// Gets the consumers of OrderVoidedEvent, as nopCommerce finds them
    /// </summary>
    public List<IConsumer<OrderVoidedEvent>> VoidedConsumers { get; } = [];

    /// <summary>
    /// Gets the consumers of OrderPaidEvent, which nopCommerce's paid processing publishes
    /// </summary>
    public List<IConsumer<OrderPaidEvent>> PaidConsumers { get; } = [];

    public AfterSaleOrder Test => Orders[0];
    public Order Order => Orders[0].Order;

    #endregion

    #region Methods

    /// <summary>
    /// Creates the harness around one order, whose Tamara order is created in the given status
    /// </summary>
    public static async Task<AfterSaleHarness> CreateAsync(TamaraBackend backend, AfterSaleOrder order, TamaraOrderStatus status = TamaraOrderStatus.Authorised)
    {
        var harness = new AfterSaleHarness(backend, []);
        await harness.AddOrderAsync(order, status);
        return harness;
    }

    /// <summary>
    /// Another node of a web farm on the same orders and the same Tamara, that entered the order's lock together with this
    /// one (nopCommerce's distributed locker is not atomic) and has not written its records yet: it shares nothing else
    /// </summary>
    public AfterSaleHarness OtherNode() => new(Backend, Orders);

    /// <summary>
    /// Adds an order with its Tamara order
    /// </summary>
    public async Task<AfterSaleOrder> AddOrderAsync(AfterSaleOrder order, TamaraOrderStatus status)
    {
        order.Order.AuthorizationTransactionId = await Backend.CreateOrderAsync(order, status);
        Orders.Add(order);
        return order;
    }

    /// <summary>
    /// Reads the Tamara order as it stands now
    /// </summary>
    public async Task<OrderDetails> TamaraAsync(Order? order = null)
    {
        var client = Backend.CreateClient(TamaraBackend.ClientOptions(Backend.BaseUrl, Settings.ApiToken));
        return await client.Orders.GetAsync((order ?? Order).AuthorizationTransactionId);
    }

    public Task ShipmentSentAsync(Shipment shipment) =>
        ShipmentConsumer.HandleEventAsync(new ShipmentSentEvent(shipment));

    public Task ShipmentDeliveredAsync(Shipment shipment) =>
        ShipmentConsumer.HandleEventAsync(new ShipmentDeliveredEvent(shipment));

    /// <summary>
    /// nopCommerce's CancelOrderAsync: status Cancelled, then OrderStatusChangedEvent
    /// </summary>
    public async Task CancelInNopCommerceAsync(Order? order = null)
    {
        order ??= Order;
        var previous = order.OrderStatus;
        order.OrderStatus = OrderStatus.Cancelled;
        await CancelledConsumer.HandleEventAsync(new OrderStatusChangedEvent(order, previous));
    }

    /// <summary>
    /// nopCommerce's VoidOfflineAsync (the Void (offline) button, and the plugin's own use of it): payment Voided, then
    /// OrderVoidedEvent, without the payment method
    /// </summary>
    public async Task VoidOfflineInNopCommerceAsync(Order? order = null)
    {
        order ??= Order;
        order.PaymentStatus = PaymentStatus.Voided;
        foreach (var consumer in VoidedConsumers)
            await consumer.HandleEventAsync(new OrderVoidedEvent(order));
    }

    /// <summary>
    /// nopCommerce's VoidAsync (the Void button): the payment method's answer sets the payment status, then OrderVoidedEvent
    /// </summary>
    public async Task<VoidPaymentResult> VoidInNopCommerceAsync(Order? order = null)
    {
        order ??= Order;
        var result = await PaymentOperations.VoidAsync(new VoidPaymentRequest { Order = order });
        if (!result.Success)
            return result;

        order.PaymentStatus = result.NewPaymentStatus;
        foreach (var consumer in VoidedConsumers)
            await consumer.HandleEventAsync(new OrderVoidedEvent(order));

        return result;
    }

    /// <summary>
    /// nopCommerce's DeleteOrderAsync: the order is soft-deleted without a status change, then EntityDeletedEvent
    /// </summary>
    public async Task DeleteInNopCommerceAsync(Order? order = null)
    {
        order ??= Order;
        order.Deleted = true;
        await DeletedConsumer.HandleEventAsync(new Nop.Core.Events.EntityDeletedEvent<Order>(order));
    }

    /// <summary>
    /// nopCommerce after a refund, online or offline: refunded amount and status updated, then OrderRefundedEvent
    /// </summary>
    public async Task RefundInNopCommerceAsync(Order order, decimal amount)
    {
        order.RefundedAmount += amount;
        order.PaymentStatus = order.RefundedAmount >= order.OrderTotal ? PaymentStatus.Refunded : PaymentStatus.PartiallyRefunded;
        await RefundedConsumer.HandleEventAsync(new OrderRefundedEvent(order, amount));
    }

    /// <summary>
    /// Makes every queued action due now (time passing)
    /// </summary>
    public async Task MakeQueuedActionsDueAsync(Order? order = null)
    {
        order ??= Order;
        foreach (var action in await Records.GetPendingActionsAsync(order))
        {
            action.NextAttemptOnUtc = DateTime.UtcNow.AddSeconds(-1);
            await Records.SavePendingActionAsync(order, action);
        }
    }

    /// <summary>
    /// Makes nopCommerce load the order as the database holds it: a fresh copy each time, so an instance loaded earlier
    /// keeps the values it was loaded with when the order changes
    /// </summary>
    public void LoadOrderAsStoredCopies(Order? order = null)
    {
        order ??= Order;
        var orderId = order.Id;
        var stored = Copy(order);

        OrderService.Setup(service => service.GetOrderByIdAsync(orderId)).ReturnsAsync(() => Copy(stored));
        OrderService.Setup(service => service.UpdateOrderAsync(It.Is<Order>(changed => changed.Id == orderId)))
            .Callback((Order changed) => stored = Copy(changed)).Returns(Task.CompletedTask);
        OrderProcessing.Setup(service => service.MarkAsAuthorizedAsync(It.Is<Order>(changed => changed.Id == orderId)))
            .Callback((Order changed) => { changed.PaymentStatus = PaymentStatus.Authorized; stored = Copy(changed); }).Returns(Task.CompletedTask);
        OrderProcessing.Setup(service => service.MarkOrderAsPaidAsync(It.Is<Order>(changed => changed.Id == orderId)))
            .Callback((Order changed) => { changed.PaymentStatus = PaymentStatus.Paid; stored = Copy(changed); }).Returns(Task.CompletedTask);
    }

    private static Order Copy(Order order)
    {
        var copy = new Order();
        foreach (var property in typeof(Order).GetProperties().Where(property => property.CanRead && property.CanWrite))
            property.SetValue(copy, property.GetValue(order));

        return copy;
    }

    public IEnumerable<string> NotesOf(Order? order = null) => Notes.Where(note => note.OrderId == (order ?? Order).Id).Select(note => note.Note);

    #endregion
}
