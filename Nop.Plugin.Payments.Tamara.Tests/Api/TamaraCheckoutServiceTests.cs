using NUnit.Framework;
using Newtonsoft.Json.Linq;
using Nop.Plugin.Payments.Tamara.Api;
using Nop.Plugin.Payments.Tamara.Api.Models;
using Nop.Plugin.Payments.Tamara.Tests.Support;

namespace Nop.Plugin.Payments.Tamara.Tests.Api;

[TestFixture]
public class TamaraCheckoutServiceTests : TamaraApiTestBase
{
    // The seed's sample request, verbatim but for one value: the seed's placeholder "string" for
    // platform_account_creation_date is not a date, and the client types that field as a date (dd-MM-yyyy).
    private const string SeedCheckoutRequest = """
        {
          "total_amount": { "amount": 300, "currency": "SAR" },
          "shipping_amount": { "amount": 0, "currency": "SAR" },
          "tax_amount": { "amount": 0, "currency": "SAR" },
          "order_reference_id": "1231234123-abda-fdfe--afd31241",
          "order_number": "S12356",
          "discount": { "amount": { "amount": 200, "currency": "SAR" }, "name": "Christmas 2020" },
          "items": [
            {
              "name": "Lego City 8601",
              "type": "Digital",
              "reference_id": "123",
              "sku": "SA-12436",
              "quantity": 1,
              "discount_amount": { "amount": 100, "currency": "SAR" },
              "tax_amount": { "amount": 10, "currency": "SAR" },
              "unit_price": { "amount": 490, "currency": "SAR" },
              "total_amount": { "amount": 100, "currency": "SAR" }
            }
          ],
          "consumer": { "email": "customer@email.com", "first_name": "Mona", "last_name": "Lisa", "phone_number": "566027755" },
          "country_code": "SA",
          "description": "lorem ipsum dolor",
          "merchant_url": {
            "cancel": "http://awesome-qa-tools.s3-website.me-south-1.amazonaws.com/#/cancel",
            "failure": "http://awesome-qa-tools.s3-website.me-south-1.amazonaws.com/#/fail",
            "success": "http://awesome-qa-tools.s3-website.me-south-1.amazonaws.com/#/success",
            "notification": "https://store-demo.com/payments/tamarapay"
          },
          "payment_type": "PAY_BY_INSTALMENTS",
          "instalments": 3,
          "billing_address": {
            "city": "Riyadh", "country_code": "SA", "first_name": "Mona", "last_name": "Lisa",
            "line1": "3764 Al Urubah Rd", "line2": "string", "phone_number": "532298658", "region": "As Sulimaniyah"
          },
          "shipping_address": {
            "city": "Riyadh", "country_code": "SA", "first_name": "Mona", "last_name": "Lisa",
            "line1": "3764 Al Urubah Rd", "line2": "string", "phone_number": "532298658", "region": "As Sulimaniyah"
          },
          "platform": "platform name here",
          "is_mobile": false,
          "locale": "en_US",
          "risk_assessment": {
            "customer_age": 22,
            "customer_dob": "31-01-2000",
            "customer_gender": "Male",
            "customer_nationality": "SA",
            "is_premium_customer": true,
            "is_existing_customer": true,
            "is_guest_user": true,
            "account_creation_date": "31-01-2019",
            "platform_account_creation_date": "15-02-2019",
            "date_of_first_transaction": "31-01-2019",
            "is_card_on_file": true,
            "is_COD_customer": true,
            "has_delivered_order": true,
            "is_phone_verified": true,
            "is_fraudulent_customer": true,
            "total_ltv": 501.5,
            "total_order_count": 12,
            "order_amount_last3months": 301.5,
            "order_count_last3months": 2,
            "last_order_date": "31-01-2021",
            "last_order_amount": 301.5,
            "reward_program_enrolled": true,
            "reward_program_points": 300,
            "phone_verified": false
          },
          "additional_data": {
            "delivery_method": "home delivery",
            "pickup_store": "Store A",
            "store_code": "Store code A",
            "vendor_amount": 0,
            "merchant_settlement_amount": 0,
            "vendor_reference_code": "AZ1234"
          }
        }
        """;

    private const string SeedCheckoutResponse = """
        {
          "order_id": "f56a3123-9e23-45e4-87a2-95366d3b0bca",
          "checkout_id": "5ccbe4b1-890d-40b3-8a88-0b489ba8ed01",
          "checkout_url": "https://checkout.tamara.co/checkout/5ccbe4b1-890d-40b3-8a88-0b489ba8ed01?locale=en_US&orderId=f56a3123-9e23-45e4-87a2-95366d3b0bca",
          "status": "new"
        }
        """;

    private static Money Sar(decimal amount) => new(amount, "SAR");

    private static Address SeedAddress() => new()
    {
        City = "Riyadh",
        CountryCode = "SA",
        FirstName = "Mona",
        LastName = "Lisa",
        Line1 = "3764 Al Urubah Rd",
        Line2 = "string",
        PhoneNumber = "532298658",
        Region = "As Sulimaniyah"
    };

    private static CheckoutSessionRequest SeedRequest() => new()
    {
        TotalAmount = Sar(300),
        ShippingAmount = Sar(0),
        TaxAmount = Sar(0),
        OrderReferenceId = "1231234123-abda-fdfe--afd31241",
        OrderNumber = "S12356",
        Discount = new Discount { Amount = Sar(200), Name = "Christmas 2020" },
        Items =
        [
            new OrderItem
            {
                Name = "Lego City 8601",
                Type = "Digital",
                ReferenceId = "123",
                Sku = "SA-12436",
                Quantity = 1,
                DiscountAmount = Sar(100),
                TaxAmount = Sar(10),
                UnitPrice = Sar(490),
                TotalAmount = Sar(100)
            }
        ],
        Consumer = new Consumer { Email = "customer@email.com", FirstName = "Mona", LastName = "Lisa", PhoneNumber = "566027755" },
        CountryCode = "SA",
        Description = "lorem ipsum dolor",
        MerchantUrl = new MerchantUrl
        {
            Cancel = "http://awesome-qa-tools.s3-website.me-south-1.amazonaws.com/#/cancel",
            Failure = "http://awesome-qa-tools.s3-website.me-south-1.amazonaws.com/#/fail",
            Success = "http://awesome-qa-tools.s3-website.me-south-1.amazonaws.com/#/success",
            Notification = "https://store-demo.com/payments/tamarapay"
        },
        PaymentType = TamaraPaymentType.PayByInstalments,
        Instalments = 3,
        BillingAddress = SeedAddress(),
        ShippingAddress = SeedAddress(),
        Platform = "platform name here",
        IsMobile = false,
        Locale = TamaraLocale.English,
        RiskAssessment = new RiskAssessment
        {
            CustomerAge = 22,
            CustomerDateOfBirth = new DateOnly(2000, 1, 31),
            CustomerGender = "Male",
            CustomerNationality = "SA",
            IsPremiumCustomer = true,
            IsExistingCustomer = true,
            IsGuestUser = true,
            AccountCreationDate = new DateOnly(2019, 1, 31),
            PlatformAccountCreationDate = new DateOnly(2019, 2, 15),
            DateOfFirstTransaction = new DateOnly(2019, 1, 31),
            IsCardOnFile = true,
            IsCashOnDeliveryCustomer = true,
            HasDeliveredOrder = true,
            IsPhoneVerified = true,
            IsFraudulentCustomer = true,
            TotalLifetimeValue = 501.5m,
            TotalOrderCount = 12,
            OrderAmountLast3Months = 301.5m,
            OrderCountLast3Months = 2,
            LastOrderDate = new DateOnly(2021, 1, 31),
            LastOrderAmount = 301.5m,
            RewardProgramEnrolled = true,
            RewardProgramPoints = 300,
            PhoneVerified = false
        },
        AdditionalData = new AdditionalData
        {
            DeliveryMethod = "home delivery",
            PickupStore = "Store A",
            StoreCode = "Store code A",
            VendorAmount = 0,
            MerchantSettlementAmount = 0,
            VendorReferenceCode = "AZ1234"
        }
    };

    [Test]
    public async Task Seed_sample_checkout_request_goes_out_field_for_field()
    {
        Server.Script("POST", "/checkout", ScriptedReply.Json(200, SeedCheckoutResponse));

        await CreateClient().Checkout.CreateSessionAsync(SeedRequest());

        var request = SingleRequest();
        Assert.That(request.Method, Is.EqualTo("POST"));
        Assert.That(request.Path, Is.EqualTo("/checkout"));
        Assert.That(request.Header("Content-Type"), Does.StartWith("application/json"));
        AssertSameJson(request.Body, SeedCheckoutRequest);
    }

    [Test]
    public async Task Seed_sample_checkout_response_gives_order_id_checkout_id_url_and_status()
    {
        Server.Script("POST", "/checkout", ScriptedReply.Json(200, SeedCheckoutResponse));

        var session = await CreateClient().Checkout.CreateSessionAsync(SeedRequest());

        Assert.Multiple(() =>
        {
            Assert.That(session.OrderId, Is.EqualTo("f56a3123-9e23-45e4-87a2-95366d3b0bca"));
            Assert.That(session.CheckoutId, Is.EqualTo("5ccbe4b1-890d-40b3-8a88-0b489ba8ed01"));
            Assert.That(session.CheckoutUrl, Is.EqualTo("https://checkout.tamara.co/checkout/5ccbe4b1-890d-40b3-8a88-0b489ba8ed01?locale=en_US&orderId=f56a3123-9e23-45e4-87a2-95366d3b0bca"));
            Assert.That(session.Status, Is.EqualTo(TamaraOrderStatus.New));
        });
    }

    [Test]
    public async Task Checkout_call_log_names_the_new_tamara_order()
    {
        Server.Script("POST", "/checkout", ScriptedReply.Json(200, SeedCheckoutResponse));

        await CreateClient().Checkout.CreateSessionAsync(SeedRequest());

        var log = CallLogs.Single();
        Assert.That((log.Method, log.Path, log.StatusCode, log.TamaraOrderId, log.Attempt, log.Failure),
            Is.EqualTo(("POST", "/checkout", (int?)200, "f56a3123-9e23-45e4-87a2-95366d3b0bca", 1, (string?)null)));
    }

    [TestCase(TamaraPaymentType.PayNow, "PAY_NOW")]
    [TestCase(TamaraPaymentType.PayNextMonth, "PAY_NEXT_MONTH")]
    [TestCase(TamaraPaymentType.PayByLater, "PAY_BY_LATER")]
    public async Task Instalments_stay_off_the_wire_for_plans_other_than_instalments(TamaraPaymentType paymentType, string wireName)
    {
        Server.Script("POST", "/checkout", ScriptedReply.Json(200, SeedCheckoutResponse));
        var request = SeedRequest();
        request.PaymentType = paymentType;

        await CreateClient().Checkout.CreateSessionAsync(request);

        var sent = (JObject)Json(SingleRequest().Body);
        Assert.That(sent["payment_type"]!.Value<string>(), Is.EqualTo(wireName));
        Assert.That(sent.ContainsKey("instalments"), Is.False);
    }

    [Test]
    public async Task Unset_optional_fields_are_left_out_not_sent_as_null()
    {
        Server.Script("POST", "/checkout", ScriptedReply.Json(200, SeedCheckoutResponse));
        var request = SeedRequest();
        request.RiskAssessment = null;
        request.AdditionalData = null;
        request.Items[0].ImageUrl = "https://shop.example/images/lego.png";
        request.Items[0].ItemUrl = "https://shop.example/lego-city-8601";

        await CreateClient().Checkout.CreateSessionAsync(request);

        var body = SingleRequest().Body;
        Assert.That(body, Does.Not.Contain("null"));
        var item = Json(body)["items"]![0]!;
        Assert.That(item["image_url"]!.Value<string>(), Is.EqualTo("https://shop.example/images/lego.png"));
        Assert.That(item["item_url"]!.Value<string>(), Is.EqualTo("https://shop.example/lego-city-8601"));
        Assert.That(((JObject)Json(body)).ContainsKey("risk_assessment"), Is.False);
    }

    [TestCase("""{ "payment_types": [ { "name": "PAY_NOW", "description": "Pay in full" } ] }""")]
    [TestCase("""{ "note": { "skipped": [1, 2] }, "count": 1, "data": [ { "name": "PAY_NOW" } ], "other": [] }""")]
    public async Task Payment_types_wrapped_in_an_object_are_read_from_its_first_array(string answer)
    {
        Server.Script("GET", "/checkout/payment-types", ScriptedReply.Json(200, answer));

        var types = await CreateClient().Checkout.GetPaymentTypesAsync(new PaymentTypesRequest { Country = "SA", Currency = "SAR" });

        Assert.That(types.Select(type => type.Name), Is.EqualTo(new[] { TamaraPaymentType.PayNow }));
    }

    [Test]
    public async Task Payment_types_are_read_with_limits_and_instalments()
    {
        Server.Script("GET", "/checkout/payment-types", ScriptedReply.Json(200, """
            [
              {
                "name": "PAY_BY_INSTALMENTS",
                "description": "Split in 3 or 4",
                "min_limit": { "amount": 100, "currency": "SAR" },
                "max_limit": { "amount": "5000.00", "currency": "SAR" },
                "supported_instalments": [
                  { "instalments": 3, "min_limit": { "amount": 100, "currency": "SAR" }, "max_limit": { "amount": 3000, "currency": "SAR" } },
                  { "instalments": 4, "min_limit": { "amount": 200, "currency": "SAR" }, "max_limit": { "amount": 5000, "currency": "SAR" } }
                ]
              },
              { "name": "PAY_NOW", "description": "Pay in full", "min_limit": { "amount": 1, "currency": "SAR" }, "max_limit": { "amount": 20000, "currency": "SAR" }, "supported_instalments": [] },
              { "name": "PAY_IN_30_HOURS", "description": "A plan added after this client", "min_limit": { "amount": 1, "currency": "SAR" }, "max_limit": { "amount": 10, "currency": "SAR" } }
            ]
            """));

        var types = await CreateClient().Checkout.GetPaymentTypesAsync(new PaymentTypesRequest { Country = "SA", Currency = "SAR", OrderValue = 250.005m });

        var request = SingleRequest();
        Assert.That(request.Query, Is.EqualTo("?country=SA&currency=SAR&order_value=250.01"));
        Assert.That(types.Select(type => type.Name), Is.EqualTo(new[] { TamaraPaymentType.PayByInstalments, TamaraPaymentType.PayNow, TamaraPaymentType.Unknown }));
        Assert.That(types[0].MaxLimit, Is.EqualTo(new Money(5000m, "SAR")));
        Assert.That(types[0].SupportedInstalments.Select(s => (s.Instalments, s.MinLimit!.Amount, s.MaxLimit!.Amount)),
            Is.EqualTo(new[] { (3, 100m, 3000m), (4, 200m, 5000m) }));
    }

    [Test]
    public async Task Pre_check_sends_country_amount_and_phone_and_reads_the_labels()
    {
        Server.Script("POST", "/checkout/payment-options-pre-check", ScriptedReply.Json(200, """
            {
              "has_available_payment_options": true,
              "single_checkout_enabled": true,
              "available_payment_labels": [
                { "payment_type": "PAY_BY_INSTALMENTS", "instalment": 4, "description_en": "Split in 4, interest-free", "description_ar": "قسّمها على 4 دفعات بدون فوائد" }
              ]
            }
            """));

        var result = await CreateClient().Checkout.PreCheckPaymentOptionsAsync(new PaymentOptionsPreCheckRequest
        {
            Country = "KW",
            OrderValue = new Money(12.3456m, "KWD"),
            PhoneNumber = "96512345678",
            IsVip = false
        });

        AssertSameJson(SingleRequest().Body, """
            { "country": "KW", "order_value": { "amount": 12.346, "currency": "KWD" }, "phone_number": "96512345678", "is_vip": false }
            """);
        Assert.That(result.HasAvailablePaymentOptions, Is.True);
        Assert.That(result.SingleCheckoutEnabled, Is.True);
        Assert.That(result.AvailablePaymentLabels.Single().PaymentType, Is.EqualTo(TamaraPaymentType.PayByInstalments));
        Assert.That(result.AvailablePaymentLabels.Single().Instalment, Is.EqualTo(4));
        Assert.That(result.AvailablePaymentLabels.Single().DescriptionAr, Is.EqualTo("قسّمها على 4 دفعات بدون فوائد"));
    }

    [Test]
    public void Eligibility_call_gives_up_after_the_eligibility_timeout()
    {
        Server.Script("POST", "/checkout/payment-options-pre-check", ScriptedReply.Slow(TimeSpan.FromSeconds(30)));
        var client = CreateClient(options =>
        {
            options.EligibilityTimeout = TimeSpan.FromMilliseconds(300);
            options.OrderTimeout = TimeSpan.FromMinutes(5);
        });

        var exception = Assert.ThrowsAsync<TamaraTimeoutException>(() => client.Checkout.PreCheckPaymentOptionsAsync(
            new PaymentOptionsPreCheckRequest { Country = "SA", OrderValue = new Money(100, "SAR") }));

        Assert.That(exception!.Timeout, Is.EqualTo(TimeSpan.FromMilliseconds(300)));
    }

    [Test]
    public void Payment_types_are_not_retried_while_the_shopper_waits()
    {
        Server.Script("GET", "/checkout/payment-types", ScriptedReply.Json(503, "{}"), ScriptedReply.Json(200, "[]"));

        var exception = Assert.ThrowsAsync<TamaraApiException>(() => CreateClient(options => options.ReadRetryCount = 3)
            .Checkout.GetPaymentTypesAsync(new PaymentTypesRequest { Country = "SA", Currency = "SAR" }));

        Assert.That(exception!.StatusCode, Is.EqualTo(503));
        Assert.That(Server.Requests, Has.Count.EqualTo(1));
    }
}
