using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Directory;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Payments.Tamara.Api;

namespace Nop.Plugin.Payments.Tamara.Tests.Support;

/// <summary>
/// Real-looking orders placed in the <see cref="NopStub"/>, for the checkout, notification and return-route tests: a Riyadh shopper
/// buying boots and an e-book, 15% VAT, shipping, discounts, with addresses and a customer (the after-sale tests use AfterSaleOrder)
/// </summary>
public static class CheckoutOrders
{
    private static int _nextOrderId = 1000;

    public static ITamaraClientFactory CreateClientFactory() =>
        new ServiceCollection().AddTamaraApi().BuildServiceProvider().GetRequiredService<ITamaraClientFactory>();

    /// <summary>
    /// Adds Saudi Arabia, Kuwait, two regions, the billing and shipping addresses and the two products to the stub
    /// </summary>
    public static void AddCatalog(NopStub nop)
    {
        nop.Countries[1] = new Country { Id = 1, Name = "Saudi Arabia", TwoLetterIsoCode = "SA" };
        nop.Countries[2] = new Country { Id = 2, Name = "Kuwait", TwoLetterIsoCode = "KW" };
        nop.States[1] = new StateProvince { Id = 1, CountryId = 1, Name = "Riyadh Province" };
        nop.States[2] = new StateProvince { Id = 2, CountryId = 1, Name = "Makkah Province" };
        nop.Addresses[1] = new Address
        {
            Id = 1,
            FirstName = "Mona",
            LastName = "Lisa",
            Email = "billing@example.com",
            Address1 = "3764 Al Urubah Rd",
            Address2 = "Apartment 9",
            City = "Riyadh",
            ZipPostalCode = "12211",
            PhoneNumber = "+966 56 602 7755",
            CountryId = 1,
            StateProvinceId = 1
        };
        nop.Addresses[2] = new Address
        {
            Id = 2,
            FirstName = "Omar",
            LastName = "Haddad",
            Email = "shipping@example.com",
            Address1 = "12 King Fahd Rd",
            Address2 = "Gate 3",
            City = "Jeddah",
            ZipPostalCode = "21577",
            PhoneNumber = "0501234567",
            CountryId = 1,
            StateProvinceId = 2
        };
        nop.Addresses[3] = new Address
        {
            Id = 3,
            FirstName = "Fatima",
            LastName = "Al-Sabah",
            Email = "fatima@example.com",
            Address1 = "Block 3, Street 14, House 7",
            City = "Salmiya",
            ZipPostalCode = "22003",
            PhoneNumber = "+965 6500 1234",
            CountryId = 2
        };
        nop.Customer.BillingAddressId = 1;
        nop.Customer.ShippingAddressId = 2;
        nop.Products[501] = new Product { Id = 501, Name = "Desert boots", Sku = "DB-42", IsShipEnabled = true, Published = true, VisibleIndividually = true };
        nop.Products[502] = new Product { Id = 502, Name = "Riyadh travel guide (e-book)", Sku = null, IsShipEnabled = false, Published = true, VisibleIndividually = true };
    }

    /// <summary>
    /// A SAR order (a KWD one ships to Kuwait): 2 boots at 100 with a 20 item discount, one e-book at 50, sub-total discount 10, order discount 5,
    /// shipping 20 (+3 VAT), VAT 36 in all; the shopper pays 271.00 SAR
    /// </summary>
    public static Order AddSarOrder(NopStub nop, decimal rate = 1m, string currency = "SAR")
    {
        AddCatalog(nop);
        var id = Interlocked.Increment(ref _nextOrderId);
        var order = new Order
        {
            Id = id,
            OrderGuid = Guid.NewGuid(),
            StoreId = nop.Store.Id,
            CustomerId = nop.Customer.Id,
            CustomOrderNumber = $"RO-{id}",
            BillingAddressId = currency == "KWD" ? 3 : 1,
            ShippingAddressId = currency == "KWD" ? 3 : 2,
            PaymentMethodSystemName = TamaraDefaults.SystemName,
            CustomerCurrencyCode = currency,
            CurrencyRate = rate,
            OrderSubtotalExclTax = 230m,
            OrderSubTotalDiscountExclTax = 10m,
            OrderShippingExclTax = 20m,
            OrderTax = 36m,
            OrderDiscount = 5m,
            OrderTotal = 271m,
            OrderStatus = OrderStatus.Pending,
            PaymentStatus = PaymentStatus.Pending,
            CreatedOnUtc = DateTime.UtcNow
        };
        nop.OrderItems.Add(new OrderItem { Id = id * 10 + 1, OrderId = id, ProductId = 501, Quantity = 2, PriceExclTax = 180m, DiscountAmountExclTax = 20m, PriceInclTax = 207m });
        nop.OrderItems.Add(new OrderItem { Id = id * 10 + 2, OrderId = id, ProductId = 502, Quantity = 1, PriceExclTax = 50m, DiscountAmountExclTax = 0m, PriceInclTax = 57.5m });

        return nop.AddOrder(order);
    }
}
