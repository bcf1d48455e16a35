using System.Linq.Expressions;
using BenchmarkDotNet.Attributes;
using Nop.Core;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Directory;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Payments.Tamara;
using Nop.Plugin.Payments.Tamara.Api.Serialization;
using Nop.Plugin.Payments.Tamara.Services.Checkout;
using Nop.Plugin.Payments.Tamara.Services.Orders;
using Nop.Services.Catalog;
using Nop.Services.Common;
using Nop.Services.Customers;
using Nop.Services.Directory;
using Nop.Services.Localization;
using Nop.Services.Orders;
using Nop.Services.Stores;
using CheckoutSessionRequest = Nop.Plugin.Payments.Tamara.Api.Models.CheckoutSessionRequest;

namespace Tamara.Benchmarks;

/// <summary>
/// The checkout session built from a placed order of 1, 10 and 100 lines (nopCommerce's services answer from memory), and
/// its JSON as the client sends it.
/// </summary>
[ShortInProcessJob]
public class CheckoutSessionBenchmarks
{
    private TamaraCheckoutRequestBuilder _builder = null!;
    private Order _order = null!;
    private CheckoutSessionRequest _built = null!;
    private static readonly Expression<Func<Product, string>> _productName = product => product.Name;
    private ILocalizationService _localization = null!;
    private IList<Product> _products = null!;
    private readonly TamaraSettings _settings = new() { AllowedCountries = ["SA"], CheckoutExpiryMinutes = 30 };

    [Params(1, 10, 100)]
    public int Lines { get; set; }

    private static Task<TResult> Answer<TResult>(TResult value) => Task.FromResult(value);

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        _order = new Order
        {
            Id = 42, OrderGuid = Guid.NewGuid(), StoreId = 1, CustomerId = 7, CustomOrderNumber = "RO-42", BillingAddressId = 1, ShippingAddressId = 1,
            CustomerCurrencyCode = "SAR", CurrencyRate = 1m, OrderSubtotalExclTax = 100m * Lines, OrderShippingExclTax = 20m,
            OrderTax = 15m * Lines, OrderTotal = 115m * Lines + 20m, CreatedOnUtc = DateTime.UtcNow
        };
        IList<OrderItem> items = Enumerable.Range(1, Lines).Select(line => new OrderItem
        {
            Id = line, OrderId = 42, ProductId = line, Quantity = 1, PriceExclTax = 100m, PriceInclTax = 115m, UnitPriceExclTax = 100m, UnitPriceInclTax = 115m
        }).ToList();
        IList<Product> products = Enumerable.Range(1, Lines).Select(line => new Product { Id = line, Name = $"Product {line}", Sku = $"SKU-{line}", IsShipEnabled = true }).ToList();
        var address = new Address
        {
            Id = 1, FirstName = "Mona", LastName = "Lisa", Email = "mona@example.com", Address1 = "3764 Al Urubah Rd", City = "Riyadh",
            ZipPostalCode = "12211", PhoneNumber = "+966 56 602 7755", CountryId = 1, StateProvinceId = 1
        };

        var itemsAnswer = Answer(items);
        var productsAnswer = Answer(products);
        var localization = FastFake<ILocalizationService>.Create(new()
        {
            [nameof(ILocalizationService.GetResourceAsync)] = args => Answer((string)args[0]!),
            // As nopCommerce answers for a product without a translation: nothing, or the property read through the
            // selector it compiles for the call when asked for the default value.
            [nameof(ILocalizationService.GetLocalizedAsync)] = args =>
                Answer((bool)args[3]! ? ((Expression<Func<Product, string>>)args[1]!).Compile()((Product)args[0]!) : null)
        });
        var orderService = FastFake<IOrderService>.Create(new() { [nameof(IOrderService.GetOrderItemsAsync)] = _ => itemsAnswer });
        var productService = FastFake<IProductService>.Create(new() { [nameof(IProductService.GetProductsByIdsAsync)] = _ => productsAnswer });
        var customer = Answer(new Customer { Id = 7, Email = "mona@example.com", FirstName = "Mona", LastName = "Lisa" });

        _builder = new TamaraCheckoutRequestBuilder(
            FastFake<IAddressService>.Create(new() { [nameof(IAddressService.GetAddressByIdAsync)] = _ => Answer(address) }),
            FastFake<ICountryService>.Create(new() { [nameof(ICountryService.GetCountryByIdAsync)] = _ => Answer(new Country { Id = 1, Name = "Saudi Arabia", TwoLetterIsoCode = "SA" }) }),
            FastFake<ICustomerService>.Create(new() { [nameof(ICustomerService.GetCustomerByIdAsync)] = _ => customer }),
            localization,
            orderService,
            FastFake<IStateProvinceService>.Create(new() { [nameof(IStateProvinceService.GetStateProvinceByIdAsync)] = _ => Answer(new StateProvince { Id = 1, Name = "Riyadh Province" }) }),
            FastFake<IStoreService>.Create(new() { [nameof(IStoreService.GetStoreByIdAsync)] = _ => Answer(new Store { Id = 1, Name = "Riyadh Outfitters", Url = "https://store.example/" }) }),
            FastFake<IWorkContext>.Create(new() { [nameof(IWorkContext.GetWorkingLanguageAsync)] = _ => Answer(new Language { Id = 1, LanguageCulture = "en-US" }) }),
            new TamaraItemBuilder(localization, orderService, productService),
            new TamaraRiskAssessmentBuilder(FastFake<ICustomerService>.Create(new()), orderService));

        _localization = localization;
        _products = products;
        _built = await BuildAsync();
    }

    [Benchmark(Description = "Build session")]
    public Task<CheckoutSessionRequest> BuildAsync() => _builder.BuildAsync(_order, _settings, null, false);

    /// <summary>What the fakes alone cost of "Build session": nopCommerce's one call a line, answered from memory.</summary>
    [Benchmark(Description = "Fake nopCommerce: item names alone")]
    public async Task<int> FakeItemNamesAsync()
    {
        var length = 0;
        foreach (var product in _products)
            length += (await _localization.GetLocalizedAsync(product, _productName, 1, returnDefaultValue: false))?.Length ?? 0;
        return length;
    }

    [Benchmark(Description = "Serialize session (JSON, UTF-8)")]
    public int Serialize() => TamaraJson.SerializeToUtf8(_built).Count;

    [Benchmark(Description = "Build and serialize")]
    public async Task<int> BuildAndSerializeAsync() => TamaraJson.SerializeToUtf8(await BuildAsync()).Count;
}
