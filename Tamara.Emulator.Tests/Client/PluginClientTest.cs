using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Payments.Tamara.Api;
using Nop.Plugin.Payments.Tamara.Api.Models;
using Tamara.Emulator.Control;
using Tamara.Emulator.Tests.Support;

namespace Tamara.Emulator.Tests.Client;

/// <summary>
/// The plugin's own Tamara client (Nop.Plugin.Payments.Tamara.Api) talking to the emulator over HTTP, with strict totals,
/// so that a wrong field name or sum on either side shows.
/// </summary>
public abstract class PluginClientTest : EmulatorTest
{
    private ServiceProvider _services = null!;

    protected ITamaraClient Client { get; private set; } = null!;

    [SetUp]
    public void CreateClient()
    {
        Tamara.ChangeSettings(new EmulatorSettings(StrictTotals: true));
        _services = new ServiceCollection().AddTamaraApi().BuildServiceProvider();
        Client = CreateClient(Tamara.ApiToken);
    }

    [TearDown]
    public void DisposeClient() => _services.Dispose();

    protected ITamaraClient CreateClient(string apiToken, TimeSpan? orderTimeout = null) =>
        _services.GetRequiredService<ITamaraClientFactory>().Create(new TamaraClientOptions
        {
            Environment = TamaraEnvironment.Custom,
            CustomBaseUrl = Tamara.BaseUrl,
            ApiToken = apiToken,
            OrderTimeout = orderTimeout ?? TimeSpan.FromSeconds(30),
            EligibilityTimeout = TimeSpan.FromSeconds(30),
            ReadRetryCount = 0
        });

    protected static Money Sar(decimal amount) => new(amount, "SAR");

    /// <summary>The same 287.07 SAR order as <see cref="CheckoutRequests.Sar"/>, built with the client's models.</summary>
    protected CheckoutSessionRequest SarSession(string? notificationUrl = null)
    {
        var address = new Address
        {
            FirstName = "Mona",
            LastName = "Lisa",
            Line1 = "3764 Al Urubah Rd",
            Line2 = "Apt 4",
            Region = "As Sulimaniyah",
            PostalCode = "12345",
            City = "Riyadh",
            CountryCode = "SA",
            PhoneNumber = "+966532298658"
        };
        return new CheckoutSessionRequest
        {
            TotalAmount = Sar(287.07m),
            ShippingAmount = Sar(15m),
            TaxAmount = Sar(36.08m),
            OrderReferenceId = Guid.NewGuid().ToString(),
            OrderNumber = "1001",
            Discount = new Discount { Name = "Welcome", Amount = Sar(5m) },
            Items =
            [
                new OrderItem
                {
                    Name = "Dates box", Type = "Physical", ReferenceId = "DATES-1", Sku = "DATES-1", Quantity = 2,
                    UnitPrice = Sar(100.50m), DiscountAmount = Sar(10m), TaxAmount = Sar(28.58m), TotalAmount = Sar(191m),
                    ItemUrl = "https://shop.example/dates", ImageUrl = "https://shop.example/dates.png"
                },
                new OrderItem
                {
                    Name = "Coffee", Type = "Physical", ReferenceId = "COFFEE-1", Sku = "COFFEE-1", Quantity = 1,
                    UnitPrice = Sar(49.99m), DiscountAmount = Sar(0m), TaxAmount = Sar(7.50m), TotalAmount = Sar(49.99m)
                }
            ],
            Consumer = new Consumer { FirstName = "Mona", LastName = "Lisa", Email = "mona@example.com", PhoneNumber = "0532298658" },
            CountryCode = "SA",
            Description = "Order 1001",
            MerchantUrl = new MerchantUrl
            {
                Success = "http://127.0.0.1:9/shop/success",
                Failure = "http://127.0.0.1:9/shop/failure",
                Cancel = "http://127.0.0.1:9/shop/cancel",
                Notification = notificationUrl
            },
            PaymentType = TamaraPaymentType.PayByInstalments,
            Instalments = 3,
            ShippingAddress = address,
            BillingAddress = address,
            Platform = "nopCommerce 4.90",
            IsMobile = false,
            Locale = TamaraLocale.English,
            RiskAssessment = new RiskAssessment
            {
                CustomerDateOfBirth = new DateOnly(2000, 1, 31),
                AccountCreationDate = new DateOnly(2019, 1, 31),
                IsGuestUser = false
            }
        };
    }

    /// <summary>A session created by the client and approved by the customer.</summary>
    protected async Task<string> ApprovedThroughClientAsync(CheckoutSessionRequest? request = null)
    {
        var session = await Client.Checkout.CreateSessionAsync(request ?? SarSession(NotificationUrl));
        Tamara.Approve(session.OrderId);
        return session.OrderId;
    }

    protected static CaptureRequest Capture(string orderId, decimal amount) => new()
    {
        OrderId = orderId,
        TotalAmount = Sar(amount),
        ShippingInfo = new ShippingInfo
        {
            ShippedAt = new DateTimeOffset(2026, 1, 2, 10, 0, 0, TimeSpan.Zero),
            ShippingCompany = "Aramex",
            TrackingNumber = "AX123",
            TrackingUrl = "https://aramex.example/AX123"
        }
    };
}
