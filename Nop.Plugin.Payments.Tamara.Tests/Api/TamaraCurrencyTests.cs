using NUnit.Framework;
using Newtonsoft.Json.Linq;
using Nop.Plugin.Payments.Tamara.Api;
using Nop.Plugin.Payments.Tamara.Api.Models;
using Nop.Plugin.Payments.Tamara.Tests.Support;

namespace Nop.Plugin.Payments.Tamara.Tests.Api;

[TestFixture]
public class TamaraCurrencyTests : TamaraApiTestBase
{
    [TestCase("SAR", 2)]
    [TestCase("AED", 2)]
    [TestCase("QAR", 2)]
    [TestCase("KWD", 3)]
    [TestCase("BHD", 3)]
    [TestCase("omr", 3)]
    public void Minor_digits_follow_the_currency(string currency, int digits)
    {
        Assert.That(TamaraCurrency.MinorDigits(currency), Is.EqualTo(digits));
    }

    [TestCase(10.005, "SAR", 10.01)]
    [TestCase(-10.005, "SAR", -10.01)]
    [TestCase(2.675, "AED", 2.68)]
    [TestCase(10.004, "SAR", 10.00)]
    [TestCase(1.0005, "KWD", 1.001)]
    [TestCase(1.2345, "BHD", 1.235)]
    [TestCase(7.0004, "OMR", 7.000)]
    public void Rounding_goes_half_away_from_zero_to_the_minor_digit(decimal amount, string currency, decimal expected)
    {
        Assert.That(TamaraCurrency.Round(amount, currency), Is.EqualTo(expected));
    }

    [TestCase(10.001, "SAR", 10.01)]
    [TestCase(10.00, "SAR", 10.00)]
    [TestCase(0.0819, "KWD", 0.082)]
    [TestCase(7.000, "OMR", 7.000)]
    public void Rounding_up_goes_to_the_next_minor_unit_unless_already_on_one(decimal amount, string currency, decimal expected)
    {
        Assert.That(TamaraCurrency.RoundUp(amount, currency), Is.EqualTo(expected));
    }

    [TestCase("SAR", "0.01")]
    [TestCase("KWD", "0.001")]
    public void The_minor_unit_is_one_of_the_currencys_last_digit(string currency, string expected)
    {
        Assert.That(TamaraCurrency.MinorUnit(currency).ToString(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(expected));
    }

    [TestCase("SA", "SAR")]
    [TestCase("ae", "AED")]
    [TestCase("KW", "KWD")]
    [TestCase("BH", "BHD")]
    [TestCase("OM", "OMR")]
    [TestCase("US", null)]
    public void Each_tamara_country_has_its_currency(string country, string? currency)
    {
        Assert.That(TamaraCurrency.ForCountry(country), Is.EqualTo(currency));
    }

    [Test]
    public async Task Kwd_checkout_keeps_three_digits_and_its_totals_add_up_on_the_wire()
    {
        Server.Script("POST", "/checkout", ScriptedReply.Json(200, """{ "order_id": "o", "checkout_id": "c", "checkout_url": "u", "status": "new" }"""));
        static Money Kwd(decimal amount) => new(amount, "KWD");
        var request = new CheckoutSessionRequest
        {
            TotalAmount = Kwd(17.000m),
            ShippingAmount = Kwd(1.5m),
            TaxAmount = Kwd(0.787m),
            Discount = new Discount { Name = "Eid", Amount = Kwd(0.662m) },
            OrderReferenceId = "1042",
            Items =
            [
                new OrderItem { Name = "Dates", Type = "Physical", ReferenceId = "1", Sku = "D-1", Quantity = 3, UnitPrice = Kwd(3.375m), TotalAmount = Kwd(10.125m) },
                new OrderItem { Name = "Coffee", Type = "Physical", ReferenceId = "2", Sku = "C-1", Quantity = 1, UnitPrice = Kwd(5.25m), TotalAmount = Kwd(5.2500m) }
            ],
            Consumer = new Consumer { FirstName = "Fatima" },
            CountryCode = "KW",
            MerchantUrl = new MerchantUrl()
        };

        await CreateClient().Checkout.CreateSessionAsync(request);

        var body = SingleRequest().Body;
        Assert.That(body, Does.Contain("\"amount\":10.125").And.Contain("\"amount\":0.787").And.Contain("\"amount\":0.662"));
        var sent = JObject.Parse(body, new JsonLoadSettings());
        decimal Amount(JToken money) => decimal.Parse(money["amount"]!.ToString(), System.Globalization.CultureInfo.InvariantCulture);
        var itemsTotal = sent["items"]!.Sum(item => Amount(item["total_amount"]!));
        Assert.That(itemsTotal + Amount(sent["tax_amount"]!) + Amount(sent["shipping_amount"]!) - Amount(sent["discount"]!["amount"]!),
            Is.EqualTo(Amount(sent["total_amount"]!)));
    }

    [Test]
    public async Task Two_digit_currency_amounts_are_rounded_before_sending()
    {
        Server.Script("POST", "/payments/simplified-refund/o", ScriptedReply.Json(200, "{}"));

        await CreateClient().Payments.SimplifiedRefundAsync("o", new SimplifiedRefundRequest { TotalAmount = new Money(10.005m, "SAR"), Comment = "c" });

        AssertSameJson(SingleRequest().Body, """{ "total_amount": { "amount": 10.01, "currency": "SAR" }, "comment": "c" }""");
    }
}
