using Nop.Plugin.Payments.Tamara.Api;
using Nop.Plugin.Payments.Tamara.Api.Models;

namespace Nop.Plugin.Payments.Tamara.Tests.Contract;

/// <summary>
/// Checkout sessions a Saudi sandbox accepts: 2 × 100.50 − 10 and 1 × 49.99, tax 36.08, shipping 15, discount 5,
/// 287.07 SAR, adding up by Tamara's formula (total = Σ items + tax + shipping − discount). Each has its own reference.
/// </summary>
public static class ContractSessions
{
    private static Money Sar(decimal amount) => new(amount, "SAR");

    public static CheckoutSessionRequest Sar()
    {
        var address = new Address
        {
            FirstName = "Mona", LastName = "Lisa", Line1 = "3764 Al Urubah Rd", Region = "As Sulimaniyah", PostalCode = "12345",
            City = "Riyadh", CountryCode = "SA", PhoneNumber = "+966532298658"
        };
        var reference = $"contract-{Guid.NewGuid():N}";
        return new CheckoutSessionRequest
        {
            TotalAmount = Sar(287.07m),
            ShippingAmount = Sar(15m),
            TaxAmount = Sar(36.08m),
            OrderReferenceId = reference,
            OrderNumber = reference[..20],
            Discount = new Discount { Name = "Contract test", Amount = Sar(5m) },
            Items =
            [
                new OrderItem
                {
                    Name = "Dates box", Type = "Physical", ReferenceId = "DATES-1", Sku = "DATES-1", Quantity = 2,
                    UnitPrice = Sar(100.50m), DiscountAmount = Sar(10m), TaxAmount = Sar(28.58m), TotalAmount = Sar(191m)
                },
                new OrderItem
                {
                    Name = "Coffee", Type = "Physical", ReferenceId = "COFFEE-1", Sku = "COFFEE-1", Quantity = 1,
                    UnitPrice = Sar(49.99m), DiscountAmount = Sar(0m), TaxAmount = Sar(7.50m), TotalAmount = Sar(49.99m)
                }
            ],
            Consumer = new Consumer { FirstName = "Mona", LastName = "Lisa", Email = "mona@example.com", PhoneNumber = "0532298658" },
            CountryCode = "SA",
            Description = "nopCommerce Tamara plugin contract test",
            MerchantUrl = new MerchantUrl
            {
                Success = "https://store.example/tamara/success",
                Failure = "https://store.example/tamara/failure",
                Cancel = "https://store.example/tamara/cancel",
                Notification = "https://store.example/tamara/webhook"
            },
            PaymentType = TamaraPaymentType.PayByInstalments,
            Instalments = 3,
            ShippingAddress = address,
            BillingAddress = address,
            Platform = "nopCommerce 4.90",
            IsMobile = false,
            Locale = TamaraLocale.English
        };
    }
}
