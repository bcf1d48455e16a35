using Nop.Plugin.Payments.Tamara.Api;
using Nop.Plugin.Payments.Tamara.Api.Models;
using NUnit.Framework;

namespace Nop.Plugin.Payments.Tamara.Tests.Contract;

/// <summary>
/// What the plugin's client needs from Tamara, for the calls no shopper takes part in: run against the emulator by default,
/// or against a merchant's sandbox before going live (docs: TAMARA_CONTRACT_BASE_URL and TAMARA_CONTRACT_API_TOKEN). The
/// assertions hold for both: refusals are checked by class (4xx, 401, 404) and by the error codes Tamara documents.
/// </summary>
[Category("Contract")]
[NonParallelizable]
public sealed class TamaraContractTests
{
    private ContractTarget _tamara = null!;
    private ITamaraClient _client = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _tamara = await ContractTarget.StartAsync();
        _client = _tamara.CreateClient();
        TestContext.Progress.WriteLine($"Contract tests against {_tamara.BaseUrl}{(_tamara.IsEmulator ? " (in-process emulator)" : string.Empty)}");
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _tamara.DisposeAsync();

    private static TamaraApiException RefusedWith4xx(AsyncTestDelegate call)
    {
        var exception = Assert.CatchAsync<TamaraApiException>(call)!;
        Assert.That(exception.StatusCode, Is.InRange(400, 499), exception.Message);
        return exception;
    }

    private async Task<CheckoutSession> NewSessionAsync(CheckoutSessionRequest? request = null) =>
        await _client.Checkout.CreateSessionAsync(request ?? ContractSessions.Sar());

    [Test]
    public async Task Session_is_created_with_an_order_id_a_checkout_id_and_a_checkout_url()
    {
        var session = await NewSessionAsync();

        Assert.That(session.OrderId, Is.Not.Empty);
        Assert.That(session.CheckoutId, Is.Not.Empty);
        Assert.That(Uri.TryCreate(session.CheckoutUrl, UriKind.Absolute, out _), Is.True, session.CheckoutUrl);
    }

    [Test]
    public async Task New_order_reads_by_id_and_by_reference_with_the_amounts_sent()
    {
        var request = ContractSessions.Sar();
        var session = await NewSessionAsync(request);

        var byId = await _client.Orders.GetAsync(session.OrderId);
        var byReference = await _client.Orders.GetByReferenceIdAsync(request.OrderReferenceId);

        Assert.That((byId.OrderId, byId.OrderReferenceId, byId.Status), Is.EqualTo((session.OrderId, request.OrderReferenceId, TamaraOrderStatus.New)));
        Assert.That((byId.TotalAmount?.Amount, byId.TotalAmount?.Currency), Is.EqualTo(((decimal?)request.TotalAmount.Amount, "SAR")));
        Assert.That(byReference.OrderId, Is.EqualTo(session.OrderId));
    }

    [Test]
    public async Task Reference_update_is_found_by_the_new_reference()
    {
        var session = await NewSessionAsync();
        var newReference = $"contract-{Guid.NewGuid():N}";

        await _client.Orders.UpdateReferenceIdAsync(session.OrderId, new UpdateReferenceIdRequest { OrderReferenceId = newReference });
        var found = await _client.Orders.GetByReferenceIdAsync(newReference);

        Assert.That(found.OrderId, Is.EqualTo(session.OrderId));
    }

    [Test]
    public async Task Webhook_is_registered_read_and_deleted()
    {
        var url = $"https://store.example/tamara/contract-webhook/{Guid.NewGuid():N}";

        var registration = await _client.Webhooks.RegisterAsync(new WebhookRequest { Url = url, Events = [TamaraWebhookEvents.OrderApproved] });
        var read = await _client.Webhooks.GetAsync(registration.WebhookId);
        await _client.Webhooks.DeleteAsync(registration.WebhookId);

        Assert.That(registration.WebhookId, Is.Not.Empty);
        Assert.That(read.Url, Is.EqualTo(url));
        Assert.That(read.Events, Does.Contain(TamaraWebhookEvents.OrderApproved));
        RefusedWith4xx(() => _client.Webhooks.GetAsync(registration.WebhookId));
    }

    [Test]
    public async Task Pre_check_answers_for_a_saudi_cart()
    {
        var answer = await _client.Checkout.PreCheckPaymentOptionsAsync(new PaymentOptionsPreCheckRequest
        {
            Country = "SA",
            OrderValue = new Money(287.07m, "SAR"),
            PhoneNumber = "+966532298658"
        });

        Assert.That(answer, Is.Not.Null);
    }

    [Test]
    public void Wrong_api_token_is_refused_with_401()
    {
        var stranger = _tamara.CreateClient("not-a-valid-token");

        var exception = RefusedWith4xx(() => stranger.Orders.GetByReferenceIdAsync("contract-no-such-reference"));

        Assert.That(exception.StatusCode, Is.EqualTo(401));
        Assert.That(exception.Message, Does.Not.Contain("not-a-valid-token"));
    }

    [Test]
    public void Unknown_order_is_refused_with_404()
    {
        var exception = RefusedWith4xx(() => _client.Orders.GetAsync(Guid.NewGuid().ToString()));

        Assert.That(exception.StatusCode, Is.EqualTo(404));
    }

    [Test]
    public void Unknown_reference_is_refused_with_404()
    {
        var exception = RefusedWith4xx(() => _client.Orders.GetByReferenceIdAsync($"contract-{Guid.NewGuid():N}"));

        Assert.That(exception.StatusCode, Is.EqualTo(404));
    }

    [Test]
    public void Session_that_does_not_add_up_is_refused_with_400()
    {
        var request = ContractSessions.Sar();
        request.TotalAmount = new Money(request.TotalAmount.Amount + 1m, "SAR");

        var exception = RefusedWith4xx(() => NewSessionAsync(request));

        Assert.That(exception.StatusCode, Is.EqualTo(400));
    }

    [Test]
    public void Session_without_a_consumer_name_is_refused_with_400_and_an_error_code()
    {
        var request = ContractSessions.Sar();
        request.Consumer.FirstName = string.Empty;

        var exception = RefusedWith4xx(() => NewSessionAsync(request));

        Assert.That(exception.StatusCode, Is.EqualTo(400));
        Assert.That(exception.Errors, Is.Not.Empty);
    }

    [Test]
    public void Session_in_a_currency_the_country_does_not_take_is_refused_with_400()
    {
        var request = ContractSessions.Sar();
        request.CountryCode = "AE";

        var exception = RefusedWith4xx(() => NewSessionAsync(request));

        Assert.That(exception.StatusCode, Is.EqualTo(400));
    }

    [Test]
    public async Task Order_the_shopper_has_not_approved_cannot_be_authorised()
    {
        var session = await NewSessionAsync();

        RefusedWith4xx(() => _client.Orders.AuthoriseAsync(session.OrderId));
    }

    [Test]
    public async Task Order_not_authorised_cannot_be_captured_cancelled_or_refunded()
    {
        var session = await NewSessionAsync();
        var amount = new Money(10m, "SAR");

        RefusedWith4xx(() => _client.Payments.CaptureAsync(new CaptureRequest
        {
            OrderId = session.OrderId,
            TotalAmount = amount,
            ShippingInfo = new ShippingInfo { ShippedAt = DateTimeOffset.UtcNow, ShippingCompany = "Aramex" }
        }));
        RefusedWith4xx(() => _client.Orders.CancelAsync(session.OrderId, new CancelOrderRequest { TotalAmount = amount }));
        RefusedWith4xx(() => _client.Payments.SimplifiedRefundAsync(session.OrderId, new SimplifiedRefundRequest { TotalAmount = amount, Comment = "Contract test" }));
    }

    [Test]
    public void Reference_of_an_unknown_order_cannot_be_updated()
    {
        RefusedWith4xx(() => _client.Orders.UpdateReferenceIdAsync(Guid.NewGuid().ToString(), new UpdateReferenceIdRequest { OrderReferenceId = "contract-x" }));
    }
}
