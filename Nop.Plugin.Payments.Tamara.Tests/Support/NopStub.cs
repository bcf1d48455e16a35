using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;
using Moq;
using Nop.Core;
using Nop.Core.Caching;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Cms;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Directory;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Payments.Tamara.Api;
using Nop.Plugin.Payments.Tamara.Infrastructure;
using Nop.Plugin.Payments.Tamara.Services;
using Nop.Plugin.Payments.Tamara.Services.AfterSale;
using Nop.Plugin.Payments.Tamara.Services.Checkout;
using Nop.Plugin.Payments.Tamara.Services.Orders;
using Nop.Plugin.Payments.Tamara.Services.Retries;
using Nop.Plugin.Payments.Tamara.Services.Widgets;
using Nop.Services.Catalog;
using Nop.Services.Common;
using Nop.Services.Configuration;
using Nop.Services.Customers;
using Nop.Services.Directory;
using Nop.Services.Localization;
using Nop.Services.Logging;
using Nop.Services.Messages;
using Nop.Services.Orders;
using Nop.Services.Payments;
using Nop.Services.ScheduleTasks;
using Nop.Services.Security;
using Nop.Services.Shipping;
using Nop.Services.Stores;
using Nop.Services.Tax;

namespace Nop.Plugin.Payments.Tamara.Tests.Support;

/// <summary>
/// An in-memory nopCommerce for the checkout, notification, controller and payment method tests: orders, notes and generic
/// attributes kept in memory, order processing that changes statuses the way nopCommerce does, and every service the plugin
/// asks for as a Moq mock, also registrable in a test host. Orders are copied in and out, as a database would, so two
/// concurrent requests never share an instance. The after-sale tests use AfterSaleHarness instead: it runs every case
/// against both the fake Tamara and the emulator.
/// </summary>
public sealed class NopStub
{
    private readonly ConcurrentDictionary<int, Order> _orders = new();
    private readonly ConcurrentQueue<OrderNote> _notes = new();
    private readonly ConcurrentQueue<string> _log = new();
    private readonly ConcurrentDictionary<string, object> _cache = new();

    public NopStub()
    {
        ShipmentService.Setup(service => service.GetShipmentsByOrderIdAsync(It.IsAny<int>(), null, null, 0)).ReturnsAsync(new List<Nop.Core.Domain.Shipping.Shipment>());
        Store = new Store { Id = 1, Name = "Riyadh Outfitters", Url = "http://store.test/", SslEnabled = false };
        Customer = new Customer { Id = 7, Email = "mona@example.com", FirstName = "Mona", LastName = "Lisa", CreatedOnUtc = new DateTime(2023, 5, 17) };
        Language = new Language { Id = 1, Name = "English", LanguageCulture = "en-US" };
        Currency = new Currency { Id = 1, CurrencyCode = "SAR", Rate = 1m };
        Settings = new TamaraSettings
        {
            Environment = TamaraEnvironment.Custom,
            CustomApiUrl = "http://127.0.0.1:9",
            ApiToken = "api-token",
            NotificationToken = "notification-token",
            EnabledPaymentTypes = ["PayByInstalments", "PayNow"],
            EnabledInstalments = [3, 4],
            AllowedCountries = ["SA", "AE", "KW", "BH", "OM"],
            EligibilityFailOpen = false,
            EligibilityCacheMinutes = 5,
            CheckoutExpiryMinutes = 30,
            DebugLogging = true
        };

        SetUpOrderService();
        SetUpOrderProcessing();
        SetUpLocalization();
        SetUpDirectory();
        SetUpCatalogAccess();
        SetUpContexts();

        SettingService.Setup(service => service.LoadSettingAsync<TamaraSettings>(It.IsAny<int>())).ReturnsAsync(() => Settings);
        Logger.Setup(logger => logger.Information(It.IsAny<string>(), It.IsAny<Exception>(), It.IsAny<Customer>()))
            .Callback((string message, Exception _, Customer _) => _log.Enqueue(message));
        Logger.Setup(logger => logger.WarningAsync(It.IsAny<string>(), It.IsAny<Exception>(), It.IsAny<Customer>()))
            .Callback((string message, Exception _, Customer _) => _log.Enqueue(message))
            .Returns(Task.CompletedTask);
        Locker = new InMemoryLocker();
        StaticCacheManager = new InMemoryStaticCacheManager(_cache);
    }

    #region Data

    public Store Store { get; }

    public Customer Customer { get; }

    public Language Language { get; set; }

    public Currency Currency { get; set; }

    public TamaraSettings Settings { get; set; }

    /// <summary>Widget settings as nopCommerce loads them for the plugin (the active widgets)</summary>
    public WidgetSettings WidgetSettings { get; } = new();

    public Dictionary<int, Address> Addresses { get; } = new();

    public Dictionary<int, Country> Countries { get; } = new();

    public Dictionary<int, StateProvince> States { get; } = new();

    public Dictionary<int, Product> Products { get; } = new();

    public List<OrderItem> OrderItems { get; } = new();

    public Dictionary<int, List<int>> ProductCategories { get; } = new();

    /// <summary>Products the current customer's roles may not see (ACL)</summary>
    public HashSet<int> AclDeniedProducts { get; } = new();

    /// <summary>Products mapped to other stores only (store mapping)</summary>
    public HashSet<int> ProductsOfOtherStores { get; } = new();

    /// <summary>Permissions of the current customer: a shopper who sees prices</summary>
    public HashSet<string> Permissions { get; } = [StandardPermission.PublicStore.DISPLAY_PRICES];

    public CatalogSettings CatalogSettings { get; } = new();

    public OrderSettings OrderSettings { get; } = new();

    public decimal? CartTotal { get; set; }

    public int? CurrentCustomerId { get; set; }

    public IReadOnlyList<OrderNote> Notes => _notes.ToList();

    public IReadOnlyList<string> LogMessages => _log.ToList();

    #endregion

    #region Mocks

    public Mock<IOrderService> OrderService { get; } = new();
    public Mock<IOrderProcessingService> OrderProcessing { get; } = new();
    public InMemoryGenericAttributeService GenericAttributes { get; } = new();
    public Mock<ISettingService> SettingService { get; } = new();
    public Mock<ILogger> Logger { get; } = new();
    public Mock<ILocalizationService> Localization { get; } = new();
    public Mock<ILanguageService> Languages { get; } = new();
    public Mock<INotificationService> Notifications { get; } = new();
    public Mock<IAddressService> AddressService { get; } = new();
    public Mock<ICountryService> CountryService { get; } = new();
    public Mock<IStateProvinceService> StateProvinceService { get; } = new();
    public Mock<ICustomerService> CustomerService { get; } = new();
    public Mock<IProductService> ProductService { get; } = new();
    public Mock<ICategoryService> CategoryService { get; } = new();
    public Mock<ICurrencyService> CurrencyService { get; } = new();
    public Mock<IOrderTotalCalculationService> OrderTotals { get; } = new();
    public Mock<IStoreService> StoreService { get; } = new();
    public Mock<IStoreContext> StoreContext { get; } = new();
    public Mock<IWorkContext> WorkContext { get; } = new();
    public Mock<IWebHelper> WebHelper { get; } = new();
    public Mock<IShipmentService> ShipmentService { get; } = new();
    public Mock<IScheduleTaskService> ScheduleTasks { get; } = new();
    public Mock<IShoppingCartService> ShoppingCart { get; } = new();
    public Mock<IPaymentPluginManager> PaymentPlugins { get; } = new();
    public Mock<IProductAttributeParser> ProductAttributes { get; } = new();
    public Mock<ITaxService> Tax { get; } = new();
    public Mock<IAclService> Acl { get; } = new();
    public Mock<IStoreMappingService> StoreMappings { get; } = new();
    public Mock<IPermissionService> PermissionService { get; } = new();

    /// <summary>Unit prices before tax and currency by product and attributes XML, as nopCommerce prices the product page (widgets)</summary>
    public Dictionary<(int ProductId, string AttributesXml), decimal> ProductPrices { get; } = new();

    /// <summary>
    /// Gets the current customer's cart in the current store
    /// </summary>
    public List<ShoppingCartItem> Cart { get; } = [new ShoppingCartItem { Id = 1, ProductId = 501, Quantity = 1 }];
    public InMemoryLocker Locker { get; }
    public InMemoryStaticCacheManager StaticCacheManager { get; }

    /// <summary>
    /// The store's clock, standing still until a test moves it
    /// </summary>
    public FixedTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 3, 12, 0, 0, TimeSpan.Zero));

    #endregion

    #region Set-up

    private static Order Copy(Order order)
    {
        var copy = new Order();
        foreach (var property in typeof(Order).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.CanWrite))
            property.SetValue(copy, property.GetValue(order));

        return copy;
    }

    private Order? Load(int orderId) => _orders.TryGetValue(orderId, out var order) ? Copy(order) : null;

    private void Save(Order order) => _orders[order.Id] = Copy(order);

    private void SetUpOrderService()
    {
        OrderService.Setup(service => service.GetOrderByIdAsync(It.IsAny<int>())).ReturnsAsync((int id) => Load(id)!);
        OrderService.Setup(service => service.GetOrderByGuidAsync(It.IsAny<Guid>()))
            .ReturnsAsync((Guid guid) => _orders.Values.Where(order => order.OrderGuid == guid).Select(Copy).FirstOrDefault()!);
        OrderService.Setup(service => service.UpdateOrderAsync(It.IsAny<Order>())).Callback((Order order) => Save(order)).Returns(Task.CompletedTask);
        OrderService.Setup(service => service.GetOrderItemsAsync(It.IsAny<int>(), It.IsAny<bool?>(), It.IsAny<bool?>(), It.IsAny<int>()))
            .ReturnsAsync((int orderId, bool? _, bool? _, int _) => OrderItems.Where(item => item.OrderId == orderId).ToList());
        OrderService.Setup(service => service.InsertOrderNoteAsync(It.IsAny<OrderNote>())).Callback((OrderNote note) => _notes.Enqueue(note)).Returns(Task.CompletedTask);
        OrderService.Setup(service => service.SearchOrdersAsync(It.IsAny<int>(), It.IsAny<int>(), It.IsAny<int>(), It.IsAny<int>(), It.IsAny<int>(),
                It.IsAny<int>(), It.IsAny<int>(), It.IsAny<string>(), It.IsAny<DateTime?>(), It.IsAny<DateTime?>(), It.IsAny<List<int>>(),
                It.IsAny<List<int>>(), It.IsAny<List<int>>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(),
                It.IsAny<int>(), It.IsAny<int>(), It.IsAny<bool>()))
            .Returns(new InvocationFunc(invocation =>
            {
                var arguments = invocation.Arguments;
                var (storeId, customerId, paymentMethod) = ((int)arguments[0], (int)arguments[2], (string)arguments[7]);
                var found = _orders.Values
                    .Where(order => (storeId == 0 || order.StoreId == storeId) && (customerId == 0 || order.CustomerId == customerId)
                        && (string.IsNullOrEmpty(paymentMethod) || order.PaymentMethodSystemName == paymentMethod))
                    .OrderByDescending(order => order.CreatedOnUtc)
                    .Select(Copy)
                    .ToList();
                return Task.FromResult<IPagedList<Order>>(new PagedList<Order>(found, (int)arguments[17], (int)arguments[18]));
            }));
    }

    private void SetUpOrderProcessing()
    {
        OrderProcessing.Setup(service => service.CanMarkOrderAsAuthorized(It.IsAny<Order>()))
            .Returns((Order order) => order.OrderStatus != OrderStatus.Cancelled && order.PaymentStatus == PaymentStatus.Pending);
        OrderProcessing.Setup(service => service.MarkAsAuthorizedAsync(It.IsAny<Order>()))
            .Callback((Order order) => { order.PaymentStatus = PaymentStatus.Authorized; Save(order); }).Returns(Task.CompletedTask);
        OrderProcessing.Setup(service => service.CanMarkOrderAsPaid(It.IsAny<Order>()))
            .Returns((Order order) => order.OrderStatus != OrderStatus.Cancelled && order.PaymentStatus is not (PaymentStatus.Paid or PaymentStatus.Refunded or PaymentStatus.Voided));
        OrderProcessing.Setup(service => service.MarkOrderAsPaidAsync(It.IsAny<Order>()))
            .Callback((Order order) => { order.PaymentStatus = PaymentStatus.Paid; Save(order); }).Returns(Task.CompletedTask);
        OrderProcessing.Setup(service => service.CanCancelOrder(It.IsAny<Order>())).Returns((Order order) => order.OrderStatus != OrderStatus.Cancelled);
        OrderProcessing.Setup(service => service.CancelOrderAsync(It.IsAny<Order>(), It.IsAny<bool>()))
            .Callback((Order order, bool _) => { order.OrderStatus = OrderStatus.Cancelled; Save(order); }).Returns(Task.CompletedTask);
        OrderProcessing.Setup(service => service.CanVoidOffline(It.IsAny<Order>())).Returns((Order order) => order.PaymentStatus == PaymentStatus.Authorized);
        OrderProcessing.Setup(service => service.VoidOfflineAsync(It.IsAny<Order>()))
            .Callback((Order order) => { order.PaymentStatus = PaymentStatus.Voided; Save(order); }).Returns(Task.CompletedTask);
    }

    private void SetUpLocalization()
    {
        Localization.Setup(service => service.GetResourceAsync(It.IsAny<string>())).ReturnsAsync((string key) => key);
        Localization.Setup(service => service.GetLocalizedAsync(It.IsAny<Product>(), It.IsAny<Expression<Func<Product, string>>>(), It.IsAny<int?>(), It.IsAny<bool>(), It.IsAny<bool>()))
            .ReturnsAsync((Product product, Expression<Func<Product, string>> selector, int? _, bool _, bool _) => selector.Compile()(product));
        Localization.Setup(service => service.GetLocalizedSettingAsync(It.IsAny<TamaraSettings>(), It.IsAny<Expression<Func<TamaraSettings, string>>>(),
                It.IsAny<int>(), It.IsAny<int>(), It.IsAny<bool>(), It.IsAny<bool>()))
            .ReturnsAsync((TamaraSettings settings, Expression<Func<TamaraSettings, string>> selector, int _, int _, bool _, bool _) => selector.Compile()(settings));
        Languages.Setup(service => service.GetAllLanguagesAsync(It.IsAny<bool>(), It.IsAny<int>())).ReturnsAsync(() => new List<Language> { Language });
    }

    private void SetUpDirectory()
    {
        AddressService.Setup(service => service.GetAddressByIdAsync(It.IsAny<int>())).ReturnsAsync((int id) => Addresses.GetValueOrDefault(id)!);
        CountryService.Setup(service => service.GetCountryByIdAsync(It.IsAny<int>())).ReturnsAsync((int id) => Countries.GetValueOrDefault(id)!);
        StateProvinceService.Setup(service => service.GetStateProvinceByIdAsync(It.IsAny<int>())).ReturnsAsync((int id) => States.GetValueOrDefault(id)!);
        ProductService.Setup(service => service.GetProductByIdAsync(It.IsAny<int>())).ReturnsAsync((int id) => Products.GetValueOrDefault(id)!);
        PaymentPlugins.Setup(manager => manager.IsPluginActiveAsync(TamaraDefaults.SystemName, It.IsAny<Customer>(), It.IsAny<int>())).ReturnsAsync(true);
        ShoppingCart.Setup(service => service.GetUnitPriceAsync(It.IsAny<Product>(), It.IsAny<Customer>(), It.IsAny<Store>(), ShoppingCartType.ShoppingCart, It.IsAny<int>(),
                It.IsAny<string>(), It.IsAny<decimal>(), It.IsAny<DateTime?>(), It.IsAny<DateTime?>(), true))
            .ReturnsAsync((Product product, Customer _, Store _, ShoppingCartType _, int _, string attributesXml, decimal _, DateTime? _, DateTime? _, bool _) =>
                (ProductPrices.GetValueOrDefault((product.Id, attributesXml)), 0m, new List<Nop.Core.Domain.Discounts.Discount>()));
        Tax.Setup(service => service.GetProductPriceAsync(It.IsAny<Product>(), It.IsAny<decimal>())).ReturnsAsync((Product _, decimal price) => (price, 0m));
        ProductService.Setup(service => service.GetProductsByIdsAsync(It.IsAny<int[]>()))
            .ReturnsAsync((int[] ids) => ids.Where(Products.ContainsKey).Select(id => Products[id]).ToList());
        CategoryService.Setup(service => service.GetProductCategoriesByProductIdAsync(It.IsAny<int>(), It.IsAny<bool>()))
            .ReturnsAsync((int productId, bool _) => ProductCategories.GetValueOrDefault(productId, [])
                .Select(categoryId => new ProductCategory { ProductId = productId, CategoryId = categoryId }).ToList());
        CurrencyService.Setup(service => service.ConvertFromPrimaryStoreCurrencyAsync(It.IsAny<decimal>(), It.IsAny<Currency>()))
            .ReturnsAsync((decimal amount, Currency currency) => amount * currency.Rate);
        ShoppingCart.Setup(service => service.GetShoppingCartAsync(It.IsAny<Customer>(), It.IsAny<ShoppingCartType?>(), It.IsAny<int>(), It.IsAny<int?>(),
                It.IsAny<DateTime?>(), It.IsAny<DateTime?>(), It.IsAny<int?>()))
            .ReturnsAsync(() => Cart);
        OrderTotals.Setup(service => service.GetShoppingCartTotalAsync(It.IsAny<IList<ShoppingCartItem>>(), It.IsAny<bool?>(), It.IsAny<bool>()))
            .ReturnsAsync(() => (CartTotal, 0m, new List<Nop.Core.Domain.Discounts.Discount>(), new List<AppliedGiftCard>(), 0, 0m));
        CustomerService.Setup(service => service.GetCustomerByIdAsync(It.IsAny<int>())).ReturnsAsync((int id) => (id == Customer.Id ? Customer : null)!);
        CustomerService.Setup(service => service.GetCustomerBillingAddressAsync(It.IsAny<Customer>()))
            .ReturnsAsync((Customer customer) => (customer.BillingAddressId is int id ? Addresses.GetValueOrDefault(id) : null)!);
        CustomerService.Setup(service => service.GetCustomerShippingAddressAsync(It.IsAny<Customer>()))
            .ReturnsAsync((Customer customer) => (customer.ShippingAddressId is int id ? Addresses.GetValueOrDefault(id) : null)!);
        StoreService.Setup(service => service.GetStoreByIdAsync(It.IsAny<int>())).ReturnsAsync((int id) => (id == Store.Id ? Store : null)!);
    }

    private void SetUpCatalogAccess()
    {
        Acl.Setup(service => service.AuthorizeAsync(It.IsAny<Product>())).ReturnsAsync((Product product) => !AclDeniedProducts.Contains(product.Id));
        StoreMappings.Setup(service => service.AuthorizeAsync(It.IsAny<Product>())).ReturnsAsync((Product product) => !ProductsOfOtherStores.Contains(product.Id));
        PermissionService.Setup(service => service.AuthorizeAsync(It.IsAny<string>())).ReturnsAsync((string permission) => Permissions.Contains(permission));
        //as nopCommerce's ProductService: available between the product's availability dates
        ProductService.Setup(service => service.ProductIsAvailable(It.IsAny<Product>(), It.IsAny<DateTime?>()))
            .Returns((Product product, DateTime? dateTime) => !(product.AvailableStartDateTimeUtc > (dateTime ?? DateTime.UtcNow))
                && !(product.AvailableEndDateTimeUtc < (dateTime ?? DateTime.UtcNow)));
    }

    private void SetUpContexts()
    {
        StoreContext.Setup(context => context.GetCurrentStoreAsync()).ReturnsAsync(() => Store);
        StoreContext.Setup(context => context.GetActiveStoreScopeConfigurationAsync()).ReturnsAsync(0);
        WorkContext.Setup(context => context.GetWorkingLanguageAsync()).ReturnsAsync(() => Language);
        WorkContext.Setup(context => context.GetWorkingCurrencyAsync()).ReturnsAsync(() => Currency);
        WorkContext.Setup(context => context.GetCurrentCustomerAsync())
            .ReturnsAsync(() => CurrentCustomerId is int id ? new Customer { Id = id } : Customer);
        WebHelper.Setup(helper => helper.GetStoreLocation(It.IsAny<bool?>())).Returns(() => Store.Url);
    }

    #endregion

    #region Methods

    /// <summary>
    /// Adds an order as a database row
    /// </summary>
    public Order AddOrder(Order order)
    {
        Save(order);
        return Load(order.Id)!;
    }

    /// <summary>
    /// Reads an order as the database has it now
    /// </summary>
    public Order GetOrder(int orderId) => Load(orderId) ?? throw new InvalidOperationException($"No order {orderId}");

    /// <summary>
    /// Reads a generic attribute as stored
    /// </summary>
    public object? GetAttribute(BaseEntity entity, string key) => GenericAttributes.Find(entity, key);

    public IEnumerable<string> NotesOf(int orderId) => _notes.Where(note => note.OrderId == orderId).Select(note => note.Note);

    public TamaraOrderStateService CreateStateService() => new(GenericAttributes, OrderService.Object);

    public TamaraClientProvider CreateClientProvider(ITamaraClientFactory clientFactory) => new(Logger.Object, SettingService.Object, clientFactory);

    /// <summary>
    /// Creates the synchroniser with the after-sale services it uses, as one request of nopCommerce shares them
    /// </summary>
    public TamaraOrderSynchronizer CreateSynchronizer(ITamaraClientFactory clientFactory)
    {
        var timeLimit = new TamaraRequestTimeLimit();
        var records = new AfterSaleRecordService(GenericAttributes);
        var stateService = CreateStateService();
        var queue = new PendingActionQueue(records, Logger.Object, stateService, timeLimit);
        var itemBuilder = new TamaraItemBuilder(Localization.Object, OrderService.Object, ProductService.Object);
        var orderLock = new TamaraOrderLock(Locker, timeLimit);
        var reader = new TamaraOrderReader(records, OrderService.Object, CreateClientProvider(clientFactory), stateService, timeLimit);

        return new(Logger.Object, OrderProcessing.Object, OrderService.Object,
            new TamaraCancelService(records, OrderProcessing.Object, OrderService.Object, queue, itemBuilder, orderLock, reader, stateService),
            new TamaraCaptureService(records, OrderProcessing.Object, OrderService.Object, ShipmentService.Object, queue, CreateClientProvider(clientFactory), itemBuilder, orderLock, reader, stateService),
            CreateClientProvider(clientFactory), orderLock, stateService);
    }

    public TamaraCheckoutRequestBuilder CreateRequestBuilder() =>
        new(AddressService.Object, CountryService.Object, CustomerService.Object, Localization.Object, OrderService.Object,
            StateProvinceService.Object, StoreService.Object, WorkContext.Object, new TamaraItemBuilder(Localization.Object, OrderService.Object, ProductService.Object),
            new TamaraRiskAssessmentBuilder(CustomerService.Object, OrderService.Object));

    public TamaraCheckoutService CreateCheckoutService(ITamaraClientFactory clientFactory) =>
        new(Localization.Object, Logger.Object, OrderService.Object, CreateRequestBuilder(), CreateClientProvider(clientFactory), CreateStateService(),
            CreateSynchronizer(clientFactory));

    /// <summary>
    /// Creates the widget service, with the eligibility service of the same request when there is one
    /// </summary>
    public TamaraWidgetService CreateWidgetService(ITamaraClientFactory clientFactory, TamaraEligibilityService? eligibilityService = null) =>
        new(CurrencyService.Object, OrderTotals.Object, PaymentPlugins.Object, ProductAttributes.Object, ProductService.Object, ShoppingCart.Object,
            StoreContext.Object, Tax.Object, WorkContext.Object, CreatePriceVisibility(), CreateClientProvider(clientFactory),
            eligibilityService ?? CreateEligibilityService(clientFactory));

    public StorefrontPriceVisibility CreatePriceVisibility() =>
        new(CatalogSettings, Acl.Object, PermissionService.Object, ProductService.Object, StoreMappings.Object, WorkContext.Object, OrderSettings);

    /// <summary>
    /// Creates the eligibility service of one request: offers are worked out afresh for each service created
    /// </summary>
    public TamaraEligibilityService CreateEligibilityService(ITamaraClientFactory clientFactory)
    {
        var outageCache = new TamaraOutageCache(StaticCacheManager, Clock);

        return new(CategoryService.Object, CountryService.Object, CurrencyService.Object, CustomerService.Object, Localization.Object, Logger.Object,
            OrderTotals.Object, ShoppingCart.Object, StaticCacheManager, StoreContext.Object, WorkContext.Object, CreateClientProvider(clientFactory),
            new TamaraOfferMemo(), outageCache, new TamaraPreCheckService(Logger.Object, StaticCacheManager, CreateClientProvider(clientFactory), outageCache));
    }

    /// <summary>
    /// Creates the payment method as nopCommerce resolves it: the plugin's registrations over the stub's services
    /// </summary>
    public TamaraPaymentMethod CreatePaymentMethod()
    {
        var services = new ServiceCollection();
        new NopStartup().ConfigureServices(services, new ConfigurationBuilder().Build());
        AddTo(services);
        services.AddSingleton(Mock.Of<LinkGenerator>());

        return ActivatorUtilities.CreateInstance<TamaraPaymentMethod>(services.BuildServiceProvider());
    }

    /// <summary>
    /// Gets the payment info form with the plan the shopper chose
    /// </summary>
    public static IFormCollection PlanForm(string plan) => new FormCollection(new Dictionary<string, StringValues> { [TamaraDefaults.PlanFormField] = plan });

    /// <summary>
    /// Registers every nopCommerce service of the stub for a test host; the current customer comes from the X-Customer-Id header
    /// </summary>
    public void AddTo(IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton(OrderService.Object);
        services.AddSingleton(OrderProcessing.Object);
        services.AddSingleton<IGenericAttributeService>(GenericAttributes);
        services.AddSingleton(SettingService.Object);
        services.AddSingleton(Logger.Object);
        services.AddSingleton(Localization.Object);
        services.AddSingleton(Languages.Object);
        services.AddSingleton(Notifications.Object);
        services.AddSingleton(AddressService.Object);
        services.AddSingleton(CountryService.Object);
        services.AddSingleton(StateProvinceService.Object);
        services.AddSingleton(CustomerService.Object);
        services.AddSingleton(ProductService.Object);
        services.AddSingleton(CategoryService.Object);
        services.AddSingleton(CurrencyService.Object);
        services.AddSingleton(OrderTotals.Object);
        services.AddSingleton(StoreService.Object);
        services.AddSingleton(StoreContext.Object);
        services.AddSingleton(WebHelper.Object);
        services.AddSingleton(ShipmentService.Object);
        services.AddSingleton(ScheduleTasks.Object);
        services.AddSingleton(ShoppingCart.Object);
        services.AddSingleton(PaymentPlugins.Object);
        services.AddSingleton(ProductAttributes.Object);
        services.AddSingleton(Tax.Object);
        services.AddSingleton(Acl.Object);
        services.AddSingleton(StoreMappings.Object);
        services.AddSingleton(PermissionService.Object);
        services.AddSingleton(CatalogSettings);
        services.AddSingleton(OrderSettings);
        services.AddSingleton(WidgetSettings);
        services.AddSingleton<ILocker>(Locker);
        services.AddSingleton<IStaticCacheManager>(StaticCacheManager);
        services.AddScoped(provider =>
        {
            var header = provider.GetRequiredService<IHttpContextAccessor>().HttpContext?.Request.Headers["X-Customer-Id"].ToString();
            var workContext = new Mock<IWorkContext>();
            workContext.Setup(context => context.GetWorkingLanguageAsync()).ReturnsAsync(() => Language);
            workContext.Setup(context => context.GetWorkingCurrencyAsync()).ReturnsAsync(() => Currency);
            workContext.Setup(context => context.GetCurrentCustomerAsync())
                .ReturnsAsync(int.TryParse(header, out var customerId) ? new Customer { Id = customerId } : new Customer { Id = int.MaxValue });
            return workContext.Object;
        });
        services.AddScoped(_ => Settings);
    }

    #endregion
}
