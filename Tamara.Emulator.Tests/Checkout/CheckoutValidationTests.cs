using System.Net;
using System.Text.Json.Nodes;
using Tamara.Emulator.Control;
using Tamara.Emulator.Tests.Support;

namespace Tamara.Emulator.Tests.Checkout;

public sealed class CheckoutValidationTests : EmulatorTest
{
    private static decimal Amount(JsonNode? money) => money!["amount"]!.GetValue<decimal>();

    [Test]
    public async Task Seed_sample_request_is_accepted_verbatim_and_answered_in_the_seed_response_shape()
    {
        var answer = await Api.SendAsync(HttpMethod.Post, "/checkout",
            new StringContent(Seeds.Text("checkout-request"), System.Text.Encoding.UTF8, "application/json"));

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK), answer.Text);
        Assert.That(Seeds.FieldsOf(answer.Object), Is.EqualTo(Seeds.FieldsOf(Seeds.Json("checkout-response"))));
        Assert.That(answer.Object["status"]!.GetValue<string>(), Is.EqualTo("new"));
        var order = Tamara.GetOrder(answer.Object["order_id"]!.GetValue<string>());
        Assert.That((order.TotalAmount, order.Currency, order.OrderReferenceId), Is.EqualTo((300m, "SAR", "1231234123-abda-fdfe--afd31241")));
    }

    [Test]
    public async Task Strict_totals_refuse_the_seed_sample_because_its_items_do_not_add_up_to_its_total()
    {
        Tamara.ChangeSettings(new EmulatorSettings(StrictTotals: true));

        var answer = await Api.PostAsync("/checkout", Seeds.CheckoutRequest(notificationUrl: null));

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(answer.ErrorCodes, Is.EqualTo(new[] { "total_amount_mismatch" }));
        Assert.That(Amount(answer.Object["errors"]![0]!["data"]!["expected_total_amount"]), Is.EqualTo(-100m));
    }

    [Test]
    public async Task Totals_that_add_up_by_the_documented_formula_are_accepted_in_strict_mode()
    {
        Tamara.ChangeSettings(new EmulatorSettings(StrictTotals: true));

        var answer = await Api.PostAsync("/checkout", CheckoutRequests.Sar());

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK), answer.Text);
        Assert.That(Tamara.GetOrder(answer.Object["order_id"]!.GetValue<string>()).TotalAmount, Is.EqualTo(287.07m));
    }

    [TestCase(0.01)]
    [TestCase(-0.01)]
    public async Task Total_one_halala_off_the_sum_is_refused_with_the_expected_total(decimal offBy)
    {
        var request = CheckoutRequests.Sar();
        request["total_amount"]!["amount"] = 287.07m + offBy;

        var answer = await Api.PostAsync("/checkout", request);

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(answer.ErrorCodes, Is.EqualTo(new[] { "total_amount_mismatch" }));
        Assert.That(Amount(answer.Object["errors"]![0]!["data"]!["expected_total_amount"]), Is.EqualTo(287.07m));
    }

    [Test]
    public async Task Total_that_forgets_the_item_discounts_is_refused_in_strict_mode()
    {
        Tamara.ChangeSettings(new EmulatorSettings(StrictTotals: true));
        var request = CheckoutRequests.Sar();
        request["total_amount"]!["amount"] = 297.07m;

        var answer = await Api.PostAsync("/checkout", request);

        Assert.That(answer.ErrorCodes, Is.EqualTo(new[] { "total_amount_mismatch" }));
    }

    [Test]
    public async Task Kuwaiti_dinar_order_keeps_three_decimals_to_the_last_fils()
    {
        var answer = await Api.PostAsync("/checkout", CheckoutRequests.Kwd());

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK), answer.Text);
        var details = await Api.GetAsync($"/merchants/orders/{answer.Object["order_id"]}");
        Assert.That(Amount(details.Object["total_amount"]), Is.EqualTo(26.925m));
        Assert.That(details.Text, Does.Contain("\"amount\":26.925"));
    }

    [Test]
    public async Task Kuwaiti_dinar_total_off_by_one_fils_is_refused()
    {
        var request = CheckoutRequests.Kwd();
        request["total_amount"]!["amount"] = 26.926m;

        var answer = await Api.PostAsync("/checkout", request);

        Assert.That(answer.ErrorCodes, Is.EqualTo(new[] { "total_amount_mismatch" }));
    }

    [Test]
    public async Task Riyal_amount_with_three_decimals_is_refused()
    {
        var request = CheckoutRequests.Sar();
        request["shipping_amount"]!["amount"] = 15.005m;

        var answer = await Api.PostAsync("/checkout", request);

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(answer.ErrorCodes, Does.Contain("shipping_amount_invalid_decimal_places"));
    }

    [Test]
    public async Task Currency_of_another_country_is_refused_with_total_amount_invalid_currency()
    {
        var request = CheckoutRequests.Sar();
        request["total_amount"]!["currency"] = "AED";

        var answer = await Api.PostAsync("/checkout", request);

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(answer.ErrorCodes, Does.Contain("total_amount_invalid_currency"));
        Assert.That(answer.Object["message"]!.GetValue<string>(), Does.Contain("must be in SAR"));
    }

    [Test]
    public async Task Amount_sent_as_a_string_is_refused()
    {
        var request = CheckoutRequests.Sar();
        request["total_amount"]!["amount"] = "287.07";

        var answer = await Api.PostAsync("/checkout", request);

        Assert.That(answer.ErrorCodes, Does.Contain("total_amount_invalid_amount"));
    }

    [Test]
    public async Task Total_above_the_merchant_limit_is_refused_with_the_limits()
    {
        Tamara.ChangeSettings(new EmulatorSettings(MaxLimit: 200m));

        var answer = await Api.PostAsync("/checkout", CheckoutRequests.Sar());

        Assert.That(answer.ErrorCodes, Is.EqualTo(new[] { "total_amount_invalid_limit" }));
        Assert.That(Amount(answer.Object["errors"]![0]!["data"]!["max_limit"]), Is.EqualTo(200m));
    }

    [TestCase("12345", "consumer_invalid_phone_number")]
    [TestCase("+971501234567", "consumer_invalid_phone_number")]
    public async Task Phone_number_that_is_not_a_mobile_of_the_country_is_refused(string phone, string errorCode)
    {
        var request = CheckoutRequests.Sar();
        request["consumer"]!["phone_number"] = phone;

        var answer = await Api.PostAsync("/checkout", request);

        Assert.That(answer.ErrorCodes, Is.EqualTo(new[] { errorCode }));
    }

    [TestCase("+966532298658")]
    [TestCase("00966532298658")]
    [TestCase("0532298658")]
    [TestCase("532298658")]
    public async Task Saudi_mobile_number_is_accepted_in_every_usual_notation(string phone)
    {
        var request = CheckoutRequests.Sar();
        request["consumer"]!["phone_number"] = phone;

        var answer = await Api.PostAsync("/checkout", request);

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK), answer.Text);
    }

    [Test]
    public async Task Every_missing_required_field_is_named_in_one_answer()
    {
        var request = CheckoutRequests.Sar();
        request["consumer"]!.AsObject().Remove("first_name");
        request.Remove("order_reference_id");
        request["items"] = new JsonArray();

        var answer = await Api.PostAsync("/checkout", request);

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(answer.ErrorCodes, Is.SupersetOf(new[] { "consumer_empty_first_name", "order_reference_id_is_required", "items_is_empty" }));
    }

    [Test]
    public async Task Instalments_the_merchant_does_not_offer_are_refused()
    {
        var request = CheckoutRequests.Sar();
        request["instalments"] = 12;

        var answer = await Api.PostAsync("/checkout", request);

        Assert.That(answer.ErrorCodes, Is.EqualTo(new[] { "instalments_not_supported" }));
    }

    [Test]
    public async Task Date_of_birth_not_in_day_month_year_form_is_refused()
    {
        var request = CheckoutRequests.Sar();
        request["risk_assessment"] = new JsonObject { ["customer_dob"] = "2000-01-31" };

        var answer = await Api.PostAsync("/checkout", request);

        Assert.That(answer.ErrorCodes, Is.EqualTo(new[] { "risk_assessment_invalid_customer_dob" }));
    }

    [Test]
    public async Task Delivery_outside_the_order_country_is_refused()
    {
        var request = CheckoutRequests.Sar();
        request["shipping_address"]!["country_code"] = "AE";

        var answer = await Api.PostAsync("/checkout", request);

        Assert.That(answer.ErrorCodes, Does.Contain("not_supported_delivery_country"));
    }

    [Test]
    public async Task Call_without_the_api_token_is_refused_with_401_in_tamara_error_shape()
    {
        using var anonymous = new TamaraApi(Tamara.BaseUrl, apiToken: null);

        var answer = await anonymous.PostAsync("/checkout", CheckoutRequests.Sar());

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(answer.ErrorCodes, Is.EqualTo(new[] { "unauthorized" }));
        Assert.That(answer.Object["message"], Is.Not.Null);
    }

    [Test]
    public async Task Call_with_another_merchants_token_is_refused_with_401()
    {
        using var stranger = new TamaraApi(Tamara.BaseUrl, "someone-elses-token");

        var answer = await stranger.GetAsync("/merchants/configs");

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(answer.Object["message"]!.GetValue<string>(), Is.EqualTo("Merchant is not found"));
    }

    [Test]
    public async Task Malformed_json_is_refused_with_400()
    {
        var answer = await Api.SendAsync(HttpMethod.Post, "/checkout", new StringContent("{\"total_amount\":", System.Text.Encoding.UTF8, "application/json"));

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(answer.ErrorCodes, Is.EqualTo(new[] { "invalid_json" }));
    }
}
