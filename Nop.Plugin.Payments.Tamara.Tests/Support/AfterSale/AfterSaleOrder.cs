using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Core.Domain.Shipping;
using Nop.Plugin.Payments.Tamara.Api.Models;
using Nop.Plugin.Payments.Tamara.Services.Orders;
using NopOrderItem = Nop.Core.Domain.Orders.OrderItem;
using TamaraOrderItem = Nop.Plugin.Payments.Tamara.Api.Models.OrderItem;

namespace Nop.Plugin.Payments.Tamara.Tests.Support.AfterSale;

/// <summary>
/// A nopCommerce order already authorised by Tamara, with its items, products and shipments, for the <see cref="AfterSaleHarness"/>:
/// it needs no customer or address, but its Tamara order is created in the fake Tamara or the emulator
/// </summary>
public sealed class AfterSaleOrder
{
    private static int _nextId = 1000;

    public required Order Order { get; init; }

    public List<NopOrderItem> Items { get; } = [];

    public Dictionary<int, Product> Products { get; } = new();

    public List<Shipment> Shipments { get; } = [];

    public Dictionary<int, List<ShipmentItem>> ShipmentItems { get; } = new();

    public string Currency => Order.CustomerCurrencyCode;

    public TamaraOrderAmounts Amounts => TamaraAmountCalculator.Calculate(Order, Items);

    private static Order NewOrder(string currency, decimal shipping, decimal tax, decimal total)
    {
        var id = Interlocked.Increment(ref _nextId);
        return new Order
        {
            Id = id,
            StoreId = 1,
            OrderGuid = Guid.NewGuid(),
            CustomOrderNumber = id.ToString(),
            PaymentMethodSystemName = TamaraDefaults.SystemName,
            CustomerCurrencyCode = currency,
            CurrencyRate = 1,
            OrderShippingExclTax = shipping,
            OrderShippingInclTax = shipping,
            OrderTax = tax,
            OrderTotal = total,
            OrderStatus = OrderStatus.Processing,
            PaymentStatus = PaymentStatus.Authorized,
            ShippingMethod = "Aramex",
            CreatedOnUtc = DateTime.UtcNow.AddDays(-1)
        };
    }

    /// <summary>
    /// An order of the given amounts in the primary store currency (rate 1); add its items with <see cref="AddItem"/>
    /// </summary>
    public static AfterSaleOrder Of(string currency, decimal shipping, decimal tax, decimal total) =>
        new() { Order = NewOrder(currency, shipping, tax, total) };

    public AfterSaleOrder AddItem(int quantity, decimal priceExclTax, decimal priceInclTax, string name)
    {
        var id = Interlocked.Increment(ref _nextId);
        var product = new Product { Id = id + 50000, Name = name, Sku = $"SKU-{id}", IsShipEnabled = true };
        Products[id] = product;
        Items.Add(new NopOrderItem
        {
            Id = id,
            OrderId = Order.Id,
            ProductId = product.Id,
            Quantity = quantity,
            PriceExclTax = priceExclTax,
            PriceInclTax = priceInclTax,
            UnitPriceExclTax = priceExclTax / quantity,
            UnitPriceInclTax = priceInclTax / quantity
        });

        return this;
    }

    /// <summary>
    /// 3 × 33.33 SAR and 1 × 50 SAR with 15% VAT, 20 SAR shipping, 10 SAR order discount: 185.49 SAR
    /// </summary>
    public static AfterSaleOrder Sar() => new AfterSaleOrder { Order = NewOrder("SAR", 20.00m, 25.50m, 185.49m) }
        .AddItem(3, 99.99m, 114.99m, "Lego City 8601")
        .AddItem(1, 50.00m, 57.50m, "Lego Friends");

    /// <summary>
    /// 3 × 3.5 KWD and 1 × 4.125 KWD, 1.25 KWD shipping, 0.5 KWD order discount: 15.375 KWD
    /// </summary>
    public static AfterSaleOrder Kwd() => new AfterSaleOrder { Order = NewOrder("KWD", 1.250m, 0m, 15.375m) }
        .AddItem(3, 10.500m, 10.500m, "Dates box")
        .AddItem(1, 4.125m, 4.125m, "Coffee");

    /// <summary>
    /// Adds a sent shipment holding the given quantities (in the order of the items)
    /// </summary>
    public Shipment Ship(params int[] quantities)
    {
        var shipment = new Shipment
        {
            Id = Interlocked.Increment(ref _nextId),
            OrderId = Order.Id,
            TrackingNumber = $"TRK{_nextId}",
            ShippedDateUtc = DateTime.UtcNow,
            CreatedOnUtc = DateTime.UtcNow
        };
        Shipments.Add(shipment);
        ShipmentItems[shipment.Id] = quantities
            .Select((quantity, index) => new ShipmentItem { ShipmentId = shipment.Id, OrderItemId = Items[index].Id, Quantity = quantity })
            .Where(item => item.Quantity > 0)
            .ToList();

        return shipment;
    }

    /// <summary>
    /// The checkout session of the order, as the checkout sends it
    /// </summary>
    public CheckoutSessionRequest CheckoutSession()
    {
        var amounts = Amounts;
        var (country, phone) = Currency switch
        {
            "KWD" => ("KW", "50000000"),
            "AED" => ("AE", "501234567"),
            "BHD" => ("BH", "36000000"),
            "OMR" => ("OM", "79000000"),
            _ => ("SA", "566027755")
        };
        Money Money(decimal amount) => new(amount, Currency);
        TamaraOrderItem Charge(string reference, decimal amount) => new()
        {
            Name = reference,
            Type = "Digital",
            ReferenceId = reference,
            Sku = reference,
            Quantity = 1,
            UnitPrice = Money(amount),
            TaxAmount = Money(0m),
            DiscountAmount = Money(0m),
            TotalAmount = Money(amount)
        };

        return new CheckoutSessionRequest
        {
            TotalAmount = Money(amounts.TotalAmount),
            ShippingAmount = Money(amounts.ShippingAmount),
            TaxAmount = Money(amounts.TaxAmount),
            OrderReferenceId = Order.OrderGuid.ToString(),
            OrderNumber = Order.CustomOrderNumber,
            Discount = new Discount { Name = "Order discount", Amount = Money(amounts.DiscountAmount) },
            Items = Items.Select(item => new TamaraOrderItem
            {
                Name = Products[item.Id].Name,
                Type = "Physical",
                ReferenceId = item.Id.ToString(),
                Sku = Products[item.Id].Sku,
                Quantity = item.Quantity,
                UnitPrice = Money(amounts.Items[item.Id].UnitPrice),
                TaxAmount = Money(amounts.Items[item.Id].TaxAmount),
                DiscountAmount = Money(amounts.Items[item.Id].DiscountAmount),
                TotalAmount = Money(amounts.Items[item.Id].TotalAmount)
            }).Concat(amounts.PaymentFeeAmount > 0 ? [Charge(TamaraDefaults.ChargeReference.PaymentFee, amounts.PaymentFeeAmount)] : []).ToList(),
            Consumer = new Consumer { FirstName = "Mona", LastName = "Lisa", Email = "mona@example.com", PhoneNumber = phone },
            CountryCode = country,
            Description = $"Order {Order.CustomOrderNumber}",
            MerchantUrl = new MerchantUrl
            {
                Success = "http://127.0.0.1:1/success",
                Failure = "http://127.0.0.1:1/failure",
                Cancel = "http://127.0.0.1:1/cancel",
                Notification = "http://127.0.0.1:1/notification"
            },
            PaymentType = TamaraPaymentType.PayByInstalments,
            Instalments = 3,
            ShippingAddress = new Address { FirstName = "Mona", LastName = "Lisa", Line1 = "3764 Al Urubah Rd", City = "Riyadh", CountryCode = country, PhoneNumber = phone },
            Locale = "en_US"
        };
    }
}
