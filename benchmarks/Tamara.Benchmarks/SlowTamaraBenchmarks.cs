using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core;
using Nop.Core.Caching;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Directory;
using Nop.Core.Domain.Discounts;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Security;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Payments.Tamara;
using Nop.Plugin.Payments.Tamara.Api;
using Nop.Plugin.Payments.Tamara.Infrastructure;
using Nop.Plugin.Payments.Tamara.Models.Public;
using Nop.Plugin.Payments.Tamara.Services.Widgets;
using Nop.Plugin.Payments.Tamara.Tests.Support;
using Nop.Services.Catalog;
using Nop.Services.Configuration;
using Nop.Services.Customers;
using Nop.Services.Directory;
using Nop.Services.Logging;
using Nop.Services.Orders;
using Nop.Services.Payments;
using Nop.Services.Security;
using Nop.Services.Stores;
using Nop.Services.Tax;
using Tamara.Emulator;
using Tamara.Emulator.Faults;

namespace Tamara.Benchmarks;

/// <summary>What Tamara does while the store's pages ask it.</summary>
public enum TamaraState
{
    /// <summary>Answers; its answers are cached (the eligibility cache's 5 minutes).</summary>
    Answers,

    /// <summary>Holds every payment types call past the 3 s limit.</summary>
    PaymentTypesTimeOut,

    /// <summary>Answers the payment types, holds every pre-check past the 3 s limit.</summary>
    PreCheckTimesOut
}

/// <summary>
/// A product page's widget and a cart's payment-method filter (nopCommerce's <c>HidePaymentMethodAsync</c>), each page
/// in its own request scope with the plugin's own registrations, against the emulator. The first page of the minute
/// meets Tamara's timeout in the set-up; the measured pages come after it. Every request that reaches Tamara is counted.
/// </summary>
[ShortInProcessJob]
public class SlowTamaraBenchmarks
{
    private TamaraEmulatorHost _tamara = null!;
    private ServiceProvider _provider = null!;
    private readonly CountingHandler _calls = new();
    private readonly IList<ShoppingCartItem> _cart = [new ShoppingCartItem { Id = 1, ProductId = 501, Quantity = 2 }, new ShoppingCartItem { Id = 2, ProductId = 502, Quantity = 1 }];
    private int _pages;

    [Params(TamaraState.PaymentTypesTimeOut, TamaraState.PreCheckTimesOut, TamaraState.Answers)]
    public TamaraState Tamara { get; set; }

    private static Task<T> Answer<T>(T value) => Task.FromResult(value);

    /// <summary>Counts the requests the plugin sends to Tamara.</summary>
    private sealed class CountingHandler : DelegatingHandler
    {
        public int Count;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Count);
            return base.SendAsync(request, cancellationToken);
        }
    }

    private void AddStore(IServiceCollection services)
    {
        var store = Answer(new Store { Id = 1, Name = "Riyadh Outfitters", Url = "https://store.example/" });
        var customer = Answer(new Customer { Id = 7, BillingAddressId = 1, ShippingAddressId = 1 });
        var currency = Answer(new Currency { Id = 1, CurrencyCode = "SAR", Rate = 1m });
        var language = Answer(new Language { Id = 1, LanguageCulture = "en-US" });
        var address = Answer(new Address { Id = 1, CountryId = 1, PhoneNumber = "+966 56 602 7755" });
        var country = Answer(new Country { Id = 1, TwoLetterIsoCode = "SA" });
        var product = Answer(new Product { Id = 501, Name = "Desert boots", OrderMinimumQuantity = 1, Published = true, VisibleIndividually = true });
        var settings = new TamaraSettings
        {
            Environment = TamaraEnvironment.Custom, CustomApiUrl = _tamara.BaseUrl, ApiToken = _tamara.ApiToken, NotificationToken = _tamara.NotificationToken,
            PublicKey = "pk-test", WidgetScriptUrl = $"{_tamara.BaseUrl}/widget-v2/tamara-widget.js", ProductWidgetEnabled = true,
            EnabledPaymentTypes = ["PayByInstalments", "PayNow"], EnabledInstalments = [3, 4], AllowedCountries = ["SA"],
            EligibilityFailOpen = true, EligibilityCacheMinutes = 5
        };

        services.AddSingleton(settings);
        services.AddSingleton(new ProxySettings());
        services.AddHttpContextAccessor();
        services.AddSingleton<IStaticCacheManager>(new MemoryStaticCache());
        //the clock stands still: every measured page falls in the minute after the first failure
        services.AddSingleton<TimeProvider>(new FixedTimeProvider(DateTimeOffset.UtcNow));
        services.AddHttpClient(TamaraClientFactory.HttpClientName).AddHttpMessageHandler(() => _calls);
        services.AddSingleton(FastFake<IStoreContext>.Create(new() { [nameof(IStoreContext.GetCurrentStoreAsync)] = _ => store }));
        services.AddSingleton(FastFake<ISettingService>.Create(new() { [nameof(ISettingService.LoadSettingAsync)] = _ => Answer(settings) }));
        services.AddSingleton(FastFake<IWorkContext>.Create(new()
        {
            [nameof(IWorkContext.GetCurrentCustomerAsync)] = _ => customer,
            [nameof(IWorkContext.GetWorkingCurrencyAsync)] = _ => currency,
            [nameof(IWorkContext.GetWorkingLanguageAsync)] = _ => language
        }));
        services.AddSingleton(FastFake<ICustomerService>.Create(new()
        {
            [nameof(ICustomerService.GetCustomerBillingAddressAsync)] = _ => address,
            [nameof(ICustomerService.GetCustomerShippingAddressAsync)] = _ => address
        }));
        services.AddSingleton(FastFake<ICountryService>.Create(new() { [nameof(ICountryService.GetCountryByIdAsync)] = _ => country }));
        var total = Answer<(decimal?, decimal, List<Discount>, List<AppliedGiftCard>, int, decimal)>((271m, 0m, [], [], 0, 0m));
        services.AddSingleton(FastFake<IOrderTotalCalculationService>.Create(new() { [nameof(IOrderTotalCalculationService.GetShoppingCartTotalAsync)] = _ => total }));
        services.AddSingleton(FastFake<ICurrencyService>.Create(new() { [nameof(ICurrencyService.ConvertFromPrimaryStoreCurrencyAsync)] = args => Answer((decimal)args[0]!) }));
        var active = Answer(true);
        services.AddSingleton(FastFake<IPaymentPluginManager>.Create(new() { [nameof(IPaymentPluginManager.IsPluginActiveAsync)] = _ => active }));
        services.AddSingleton(FastFake<IProductService>.Create(new()
        {
            [nameof(IProductService.GetProductByIdAsync)] = _ => product,
            [nameof(IProductService.ProductIsAvailable)] = _ => true
        }));
        //the shopper may see the boots and their price, as on a store's ordinary product page
        var allowed = Answer(true);
        services.AddSingleton(FastFake<IAclService>.Create(new() { [nameof(IAclService.AuthorizeAsync)] = _ => allowed }));
        services.AddSingleton(FastFake<IStoreMappingService>.Create(new() { [nameof(IStoreMappingService.AuthorizeAsync)] = _ => allowed }));
        services.AddSingleton(FastFake<IPermissionService>.Create(new() { [nameof(IPermissionService.AuthorizeAsync)] = _ => allowed }));
        var unitPrice = Answer<(decimal, decimal, List<Discount>)>((250m, 0m, []));
        services.AddSingleton(FastFake<IShoppingCartService>.Create(new() { [nameof(IShoppingCartService.GetUnitPriceAsync)] = _ => unitPrice }));
        services.AddSingleton(FastFake<ITaxService>.Create(new() { [nameof(ITaxService.GetProductPriceAsync)] = args => Answer(((decimal)args[1]!, 0m)) }));
        services.AddSingleton(FastFake<ILogger>.Create(new()
        {
            [nameof(ILogger.WarningAsync)] = args => { Console.WriteLine($"// store log: {args[0]}"); return Task.CompletedTask; },
            [nameof(ILogger.Information)] = _ => null
        }));
    }

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        _tamara = await TamaraEmulatorHost.StartAsync(new TamaraEmulatorOptions { FreezeClock = true, NotificationAttempts = 1 });
        var services = new ServiceCollection();
        new NopStartup().ConfigureServices(services, new ConfigurationBuilder().Build());
        AddStore(services);
        services.AddUnansweredFakes(typeof(TamaraPaymentMethod), typeof(TamaraWidgetService));
        _provider = services.BuildServiceProvider();

        if (Tamara == TamaraState.PaymentTypesTimeOut)
            _tamara.InjectFault(EmulatedEndpoint.PaymentTypes, FaultMode.Delay, count: 1_000, delay: TimeSpan.FromSeconds(10));
        if (Tamara == TamaraState.PreCheckTimesOut)
            _tamara.InjectFault(EmulatedEndpoint.PaymentOptionsPreCheck, FaultMode.Delay, count: 1_000, delay: TimeSpan.FromSeconds(10));

        var firstPage = Stopwatch.StartNew();
        var hidden = await CartPageAsync();
        Console.WriteLine($"// {Tamara}: first cart page {firstPage.Elapsed.TotalMilliseconds:0} ms, Tamara hidden: {hidden}, calls to Tamara: {_calls.Count}");
        firstPage.Restart();
        var widget = await ProductPageAsync();
        Console.WriteLine($"// {Tamara}: first product page {firstPage.Elapsed.TotalMilliseconds:0} ms, widget shown: {widget is not null}, calls to Tamara so far: {_calls.Count}");
        _calls.Count = 0;
        _pages = 0;
    }

    [GlobalCleanup]
    public async Task CleanUpAsync()
    {
        Console.WriteLine($"// {Tamara}: calls to Tamara during the {_pages} pages after the first: {_calls.Count}");
        await _provider.DisposeAsync();
        await _tamara.DisposeAsync();
    }

    [Benchmark(Description = "Product page: Tamara's widget")]
    public async Task<TamaraWidgetModel?> ProductPageAsync()
    {
        _pages++;
        await using var request = _provider.CreateAsyncScope();
        return await request.ServiceProvider.GetRequiredService<TamaraWidgetService>().PrepareAsync(TamaraWidgetPlacement.Product, 501);
    }

    [Benchmark(Description = "Cart: payment-method filter (HidePaymentMethodAsync)")]
    public async Task<bool> CartPageAsync()
    {
        _pages++;
        await using var request = _provider.CreateAsyncScope();
        //nopCommerce creates the payment method in the request's scope (ResolveUnregistered)
        return await ActivatorUtilities.CreateInstance<TamaraPaymentMethod>(request.ServiceProvider).HidePaymentMethodAsync(_cart);
    }
}
