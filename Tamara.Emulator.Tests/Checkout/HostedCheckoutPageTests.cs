using System.Net;
using System.Text.Json.Nodes;
using Tamara.Emulator.Tests.Support;

namespace Tamara.Emulator.Tests.Checkout;

public sealed class HostedCheckoutPageTests : EmulatorTest
{
    private HttpClient _browser = null!;

    [SetUp]
    public void OpenBrowser() =>
        _browser = new HttpClient(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(60) };

    [TearDown]
    public void CloseBrowser() => _browser.Dispose();

    private async Task<(string OrderId, string CheckoutUrl)> CreateSessionAsync(JsonObject request)
    {
        var answer = await Api.PostAsync("/checkout", request);
        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK), answer.Text);
        return (answer.Object["order_id"]!.GetValue<string>(), answer.Object["checkout_url"]!.GetValue<string>());
    }

    /// <summary>Submits the form of the page whose button has this value, as a browser would.</summary>
    private async Task<HttpResponseMessage> PressAsync(string checkoutUrl, string decision)
    {
        var page = await _browser.GetStringAsync(checkoutUrl);
        var action = System.Text.RegularExpressions.Regex.Match(page, $"<form method=\"post\" action=\"([^\"]*/{decision})\"").Groups[1].Value;
        Assert.That(action, Is.Not.Empty, $"No {decision} form on the page");
        return await _browser.PostAsync(new Uri(new Uri(checkoutUrl), action), new FormUrlEncodedContent([new("decision", decision)]));
    }

    [Test]
    public async Task Page_shows_the_order_lines_the_total_and_instalments_that_add_up_to_the_halala()
    {
        var request = CheckoutRequests.Sar();
        request["instalments"] = 4;
        var (_, checkoutUrl) = await CreateSessionAsync(request);

        var page = await _browser.GetStringAsync(checkoutUrl);

        Assert.That(page, Does.Contain("<html lang=\"en\" dir=\"ltr\">"));
        Assert.That(page, Does.Contain("Dates box").And.Contain("Coffee").And.Contain("287.07 SAR"));
        Assert.That(System.Text.RegularExpressions.Regex.Matches(page, @"<li>(Today|Later) \(due [0-9-]+\): <bdi dir=""ltr"" class=""amount"">([0-9.]+) SAR</bdi></li>")
            .Select(match => match.Groups[2].Value), Is.EqualTo(new[] { "71.79", "71.76", "71.76", "71.76" }));
        Assert.That(page, Does.Contain(">Approve<").And.Contain(">Decline<").And.Contain(">Cancel<"));
    }

    [Test]
    public async Task Page_is_in_arabic_and_right_to_left_for_the_ar_SA_locale()
    {
        var request = CheckoutRequests.Sar();
        request["locale"] = "ar_SA";
        var (_, checkoutUrl) = await CreateSessionAsync(request);

        var page = await _browser.GetStringAsync(checkoutUrl);

        Assert.That(checkoutUrl, Does.Contain("locale=ar_SA"));
        Assert.That(page, Does.Contain("<html lang=\"ar\" dir=\"rtl\">"));
        Assert.That(page, Does.Contain("موافقة"));
    }

    [Test]
    public async Task Instalment_rows_show_a_due_date_a_month_apart_from_the_day_of_the_checkout()
    {
        var request = CheckoutRequests.Sar();
        request["instalments"] = 3;
        var (_, checkoutUrl) = await CreateSessionAsync(request);

        var page = await _browser.GetStringAsync(checkoutUrl);

        var dueDates = Enumerable.Range(0, 3).Select(month => Tamara.Now.AddMonths(month).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.That(System.Text.RegularExpressions.Regex.Matches(page, @"\(due ([0-9-]+)\)").Select(match => match.Groups[1].Value), Is.EqualTo(dueDates));
    }

    [Test]
    public async Task Pay_next_month_shows_its_due_date()
    {
        var request = CheckoutRequests.Sar();
        request["payment_type"] = "PAY_NEXT_MONTH";
        request.Remove("instalments");
        var (_, checkoutUrl) = await CreateSessionAsync(request);

        var page = await _browser.GetStringAsync(checkoutUrl);

        Assert.That(page, Does.Contain($"Pay next month (due {Tamara.Now.AddMonths(1):yyyy-MM-dd})"));
    }

    [Test]
    public async Task Arabic_page_keeps_a_negative_amount_in_one_left_to_right_run_with_the_sign_before_the_digits()
    {
        var request = CheckoutRequests.Sar();
        request["locale"] = "ar_SA";
        var (_, checkoutUrl) = await CreateSessionAsync(request);

        var page = await _browser.GetStringAsync(checkoutUrl);

        Assert.That(page, Does.Contain("<td><bdi dir=\"ltr\" class=\"amount\">-5.00 SAR</bdi></td>"));
        Assert.That(page, Does.Not.Contain(">-<bdi"));
    }

    [Test]
    public async Task Unknown_checkout_id_gets_an_html_page_not_the_apis_json()
    {
        using var page = await _browser.GetAsync($"{Tamara.BaseUrl}/hosted/checkout/no-such-checkout");
        using var decision = await _browser.PostAsync($"{Tamara.BaseUrl}/hosted/checkout/no-such-checkout/approve", null);

        Assert.That((page.StatusCode, decision.StatusCode), Is.EqualTo((HttpStatusCode.NotFound, HttpStatusCode.NotFound)));
        Assert.That(page.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/html"));
        Assert.That(decision.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/html"));
        Assert.That(await page.Content.ReadAsStringAsync(), Does.StartWith("<!DOCTYPE html>").And.Contain("no-such-checkout"));
    }

    [Test]
    public async Task Approve_sends_the_browser_to_the_success_url_with_order_id_and_approved()
    {
        var (orderId, checkoutUrl) = await CreateSessionAsync(CheckoutRequests.Sar());

        using var response = await PressAsync(checkoutUrl, "approve");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.ToString(),
            Is.EqualTo($"http://127.0.0.1:9/shop/success?orderId={orderId}&paymentStatus=approved"));
        Assert.That(Tamara.GetOrder(orderId).Status, Is.EqualTo("approved"));
    }

    [Test]
    public async Task Decline_sends_the_browser_to_the_failure_url_with_declined()
    {
        var (orderId, checkoutUrl) = await CreateSessionAsync(CheckoutRequests.Sar());

        using var response = await PressAsync(checkoutUrl, "decline");

        Assert.That(response.Headers.Location!.ToString(),
            Is.EqualTo($"http://127.0.0.1:9/shop/failure?orderId={orderId}&paymentStatus=declined"));
        Assert.That(Tamara.GetOrder(orderId).Status, Is.EqualTo("declined"));
    }

    [Test]
    public async Task Cancel_sends_the_browser_to_the_cancel_url_and_leaves_the_order_new()
    {
        var (orderId, checkoutUrl) = await CreateSessionAsync(CheckoutRequests.Sar());

        using var response = await PressAsync(checkoutUrl, "cancel");

        Assert.That(response.Headers.Location!.ToString(),
            Is.EqualTo($"http://127.0.0.1:9/shop/cancel?orderId={orderId}&paymentStatus=canceled"));
        Assert.That(Tamara.GetOrder(orderId).Status, Is.EqualTo("new"));
    }

    [Test]
    public async Task Redirect_to_a_url_with_a_fragment_puts_the_query_before_the_fragment()
    {
        var (orderId, checkoutUrl) = await CreateSessionAsync(Seeds.CheckoutRequest(notificationUrl: null));

        using var response = await PressAsync(checkoutUrl, "decline");

        Assert.That(response.Headers.Location!.ToString(), Is.EqualTo(
            $"http://awesome-qa-tools.s3-website.me-south-1.amazonaws.com/?orderId={orderId}&paymentStatus=declined#/fail"));
    }

    [Test]
    public async Task Decided_checkout_offers_no_buttons_and_refuses_a_second_decision()
    {
        var (orderId, checkoutUrl) = await CreateSessionAsync(CheckoutRequests.Sar());
        (await PressAsync(checkoutUrl, "approve")).Dispose();

        var page = await _browser.GetStringAsync(checkoutUrl);
        using var again = await _browser.PostAsync($"{Tamara.BaseUrl}/hosted/checkout/{Tamara.GetOrder(orderId).CheckoutId}/decline", null);

        Assert.That(page, Does.Not.Contain("<form"));
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(Tamara.GetOrder(orderId).Status, Is.EqualTo("approved"));
    }

    [Test]
    public async Task Test_host_presses_approve_like_a_browser_and_answers_the_success_redirect()
    {
        var (orderId, _) = await CreateSessionAsync(CheckoutRequests.Sar());

        var location = await Tamara.PressOnCheckoutPageAsync(orderId, CheckoutDecision.Approve);

        Assert.That(location, Is.EqualTo($"http://127.0.0.1:9/shop/success?orderId={orderId}&paymentStatus=approved"));
        Assert.That(Tamara.GetOrder(orderId).Status, Is.EqualTo("approved"));
    }
}
