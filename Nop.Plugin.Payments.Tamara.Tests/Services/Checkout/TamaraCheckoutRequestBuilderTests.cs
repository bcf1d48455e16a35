using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Payments.Tamara.Api.Models;
using Nop.Plugin.Payments.Tamara.Services.Checkout;
using Nop.Plugin.Payments.Tamara.Tests.Support;
using Moq;
using NUnit.Framework;

namespace Nop.Plugin.Payments.Tamara.Tests.Services.Checkout;

[TestFixture]
public class TamaraCheckoutRequestBuilderTests
{
    private NopStub _nop = null!;

    [SetUp]
    public void SetUp()
    {
        _nop = new NopStub();
    }

    private Task<CheckoutSessionRequest> BuildAsync(Order order, TamaraPlan? plan = null, bool isMobile = false) =>
        _nop.CreateRequestBuilder().BuildAsync(order, _nop.Settings, plan, isMobile);

    [Test]
    public async Task Billing_address_goes_out_field_by_field_from_the_billing_address()
    {
        var order = CheckoutOrders.AddSarOrder(_nop);

        var billing = (await BuildAsync(order)).BillingAddress!;

        Assert.Multiple(() =>
        {
            Assert.That(billing.FirstName, Is.EqualTo("Mona"));
            Assert.That(billing.LastName, Is.EqualTo("Lisa"));
            Assert.That(billing.Line1, Is.EqualTo("3764 Al Urubah Rd"));
            Assert.That(billing.Line2, Is.EqualTo("Apartment 9"));
            Assert.That(billing.Region, Is.EqualTo("Riyadh Province"));
            Assert.That(billing.PostalCode, Is.EqualTo("12211"));
            Assert.That(billing.City, Is.EqualTo("Riyadh"));
            Assert.That(billing.CountryCode, Is.EqualTo("SA"));
            Assert.That(billing.PhoneNumber, Is.EqualTo("566027755"), "+966 and spaces removed");
        });
    }

    [Test]
    public async Task Shipping_address_goes_out_field_by_field_from_the_shipping_address()
    {
        var order = CheckoutOrders.AddSarOrder(_nop);

        var shipping = (await BuildAsync(order)).ShippingAddress!;

        Assert.Multiple(() =>
        {
            Assert.That(shipping.FirstName, Is.EqualTo("Omar"));
            Assert.That(shipping.LastName, Is.EqualTo("Haddad"));
            Assert.That(shipping.Line1, Is.EqualTo("12 King Fahd Rd"));
            Assert.That(shipping.Line2, Is.EqualTo("Gate 3"));
            Assert.That(shipping.Region, Is.EqualTo("Makkah Province"));
            Assert.That(shipping.PostalCode, Is.EqualTo("21577"));
            Assert.That(shipping.City, Is.EqualTo("Jeddah"));
            Assert.That(shipping.CountryCode, Is.EqualTo("SA"));
            Assert.That(shipping.PhoneNumber, Is.EqualTo("501234567"), "leading zero removed");
        });
    }

    [Test]
    public async Task Order_without_shipping_address_ships_to_the_billing_address()
    {
        var order = CheckoutOrders.AddSarOrder(_nop);
        order.ShippingAddressId = null;
        _nop.AddOrder(order);

        var request = await BuildAsync(order);

        Assert.That(request.ShippingAddress!.Line1, Is.EqualTo("3764 Al Urubah Rd"));
    }

    [Test]
    public async Task Consumer_is_the_billing_contact()
    {
        var order = CheckoutOrders.AddSarOrder(_nop);

        var consumer = (await BuildAsync(order)).Consumer;

        Assert.Multiple(() =>
        {
            Assert.That(consumer.FirstName, Is.EqualTo("Mona"));
            Assert.That(consumer.LastName, Is.EqualTo("Lisa"));
            Assert.That(consumer.Email, Is.EqualTo("billing@example.com"));
            Assert.That(consumer.PhoneNumber, Is.EqualTo("566027755"));
        });
    }

    [Test]
    public async Task Items_carry_name_type_reference_sku_and_exact_amounts()
    {
        var order = CheckoutOrders.AddSarOrder(_nop);

        var items = (await BuildAsync(order)).Items;

        Assert.That(items, Has.Count.EqualTo(2));
        var boots = items[0];
        var guide = items[1];
        Assert.Multiple(() =>
        {
            Assert.That(boots.Name, Is.EqualTo("Desert boots"));
            Assert.That(boots.Type, Is.EqualTo("Physical"));
            Assert.That(boots.ReferenceId, Is.EqualTo($"{order.Id * 10 + 1}"), "reference_id is the OrderItem.Id");
            Assert.That(boots.Sku, Is.EqualTo("DB-42"));
            Assert.That(boots.Quantity, Is.EqualTo(2));
            Assert.That(boots.UnitPrice, Is.EqualTo(new Money(100m, "SAR")));
            Assert.That(boots.DiscountAmount, Is.EqualTo(new Money(20m, "SAR")));
            Assert.That(boots.TaxAmount, Is.EqualTo(new Money(27m, "SAR")));
            Assert.That(boots.TotalAmount, Is.EqualTo(new Money(180m, "SAR")));

            Assert.That(guide.Name, Is.EqualTo("Riyadh travel guide (e-book)"));
            Assert.That(guide.Type, Is.EqualTo("Digital"));
            Assert.That(guide.Sku, Is.EqualTo("502"), "a product without SKU goes out with its id");
            Assert.That(guide.TotalAmount, Is.EqualTo(new Money(50m, "SAR")));
        });
    }

    [Test]
    public async Task Order_amounts_add_up_under_Tamaras_rule()
    {
        var order = CheckoutOrders.AddSarOrder(_nop);

        var request = await BuildAsync(order);

        Assert.Multiple(() =>
        {
            Assert.That(request.TotalAmount, Is.EqualTo(new Money(271m, "SAR")));
            Assert.That(request.ShippingAmount, Is.EqualTo(new Money(20m, "SAR")));
            Assert.That(request.TaxAmount, Is.EqualTo(new Money(36m, "SAR")));
            Assert.That(request.Discount!.Amount, Is.EqualTo(new Money(15m, "SAR")));
            Assert.That(request.Discount.Name, Is.EqualTo("Plugins.Payments.Tamara.Discount"));
            Assert.That(request.Items.Sum(item => item.TotalAmount!.Amount) + request.TaxAmount.Amount + request.ShippingAmount.Amount - request.Discount.Amount!.Amount,
                Is.EqualTo(request.TotalAmount.Amount));
        });
    }

    [Test]
    public async Task Kwd_order_goes_out_in_dinars_with_three_digits_to_Kuwait()
    {
        var order = CheckoutOrders.AddSarOrder(_nop, rate: 0.0817m, currency: "KWD");

        var request = await BuildAsync(order);

        Assert.Multiple(() =>
        {
            Assert.That(request.CountryCode, Is.EqualTo("KW"), "Tamara takes KWD in Kuwait only");
            Assert.That(request.TotalAmount, Is.EqualTo(new Money(22.141m, "KWD")), "271 SAR x 0.0817 = 22.1407");
            Assert.That(request.Items.Select(item => item.UnitPrice!.Currency), Is.All.EqualTo("KWD"));
            Assert.That(request.Items.Sum(item => item.TotalAmount!.Amount) + request.TaxAmount.Amount + request.ShippingAmount.Amount - request.Discount!.Amount!.Amount,
                Is.EqualTo(request.TotalAmount.Amount));
        });
    }

    [Test]
    public async Task References_urls_and_context_fields_identify_the_order_and_the_store()
    {
        var order = CheckoutOrders.AddSarOrder(_nop);
        _nop.Store.Url = "http://shop.example.sa";
        _nop.Store.SslEnabled = true;

        var request = await BuildAsync(order, isMobile: true);

        Assert.Multiple(() =>
        {
            Assert.That(request.OrderReferenceId, Is.EqualTo(order.OrderGuid.ToString()));
            Assert.That(request.OrderNumber, Is.EqualTo(order.CustomOrderNumber));
            Assert.That(request.CountryCode, Is.EqualTo("SA"));
            Assert.That(request.MerchantUrl.Success, Is.EqualTo("https://shop.example.sa/Plugins/Tamara/Success"));
            Assert.That(request.MerchantUrl.Failure, Is.EqualTo("https://shop.example.sa/Plugins/Tamara/Failure"));
            Assert.That(request.MerchantUrl.Cancel, Is.EqualTo("https://shop.example.sa/Plugins/Tamara/Cancel"));
            Assert.That(request.MerchantUrl.Notification, Is.EqualTo("https://shop.example.sa/Plugins/Tamara/Webhook"));
            Assert.That(request.Platform, Is.EqualTo($"nopCommerce {NopVersion.FULL_VERSION}"));
            Assert.That(request.IsMobile, Is.True);
            Assert.That(request.Locale, Is.EqualTo("en_US"));
            Assert.That(request.ExpiresInMinutes, Is.EqualTo(30));
            Assert.That(request.RiskAssessment, Is.Null, "risk assessment is off by default");
        });
    }

    [Test]
    public async Task Arabic_working_language_opens_Tamara_in_Arabic()
    {
        var order = CheckoutOrders.AddSarOrder(_nop);
        _nop.Language = new Language { Id = 2, Name = "العربية", LanguageCulture = "ar-SA" };

        var request = await BuildAsync(order);

        Assert.That(request.Locale, Is.EqualTo("ar_SA"));
    }

    [Test]
    public async Task Chosen_instalment_plan_sends_payment_type_and_instalments()
    {
        var order = CheckoutOrders.AddSarOrder(_nop);

        var request = await BuildAsync(order, new TamaraPlan(TamaraPaymentType.PayByInstalments, 4));

        Assert.That((request.PaymentType, request.Instalments), Is.EqualTo(((TamaraPaymentType?)TamaraPaymentType.PayByInstalments, (int?)4)));
    }

    [Test]
    public async Task Pay_now_plan_sends_no_instalments()
    {
        var order = CheckoutOrders.AddSarOrder(_nop);

        var request = await BuildAsync(order, new TamaraPlan(TamaraPaymentType.PayNow, 0));

        Assert.That((request.PaymentType, request.Instalments), Is.EqualTo(((TamaraPaymentType?)TamaraPaymentType.PayNow, (int?)null)));
    }

    [Test]
    public async Task Risk_assessment_describes_the_customers_history_when_enabled()
    {
        _nop.Settings.SendRiskAssessment = true;
        _nop.Customer.DateOfBirth = new DateTime(1990, 3, 14);
        _nop.Customer.Gender = "F";
        var previous = CheckoutOrders.AddSarOrder(_nop);
        previous.PaymentStatus = PaymentStatus.Paid;
        previous.OrderTotal = 100m;
        previous.CreatedOnUtc = DateTime.UtcNow.AddDays(-40);
        _nop.AddOrder(previous);
        var order = CheckoutOrders.AddSarOrder(_nop);
        _nop.CustomerService.Setup(service => service.IsGuestAsync(It.IsAny<Customer>(), It.IsAny<bool>())).ReturnsAsync(false);

        var risk = (await BuildAsync(order)).RiskAssessment!;

        Assert.Multiple(() =>
        {
            Assert.That(risk.IsGuestUser, Is.False);
            Assert.That(risk.IsExistingCustomer, Is.True);
            Assert.That(risk.TotalOrderCount, Is.EqualTo(1), "the order being paid is not history");
            Assert.That(risk.TotalLifetimeValue, Is.EqualTo(100m));
            Assert.That(risk.OrderCountLast3Months, Is.EqualTo(1));
            Assert.That(risk.CustomerDateOfBirth, Is.EqualTo(new DateOnly(1990, 3, 14)));
            Assert.That(risk.CustomerGender, Is.EqualTo("Female"));
            Assert.That(risk.AccountCreationDate, Is.EqualTo(new DateOnly(2023, 5, 17)));
        });
    }

    [Test]
    public void Currency_Tamara_does_not_take_is_refused_before_calling_Tamara()
    {
        var order = CheckoutOrders.AddSarOrder(_nop, currency: "USD");

        Assert.That(async () => await BuildAsync(order), Throws.InstanceOf<NopException>());
    }
}
