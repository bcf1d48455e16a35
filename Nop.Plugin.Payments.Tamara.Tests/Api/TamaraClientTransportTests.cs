using Nop.Plugin.Payments.Tamara.Tests.Support;
using System.Net;
using System.Net.Sockets;
using NUnit.Framework;
using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Payments.Tamara.Api;
using Nop.Plugin.Payments.Tamara.Api.Models;

namespace Nop.Plugin.Payments.Tamara.Tests.Api;

[TestFixture]
public class TamaraClientTransportTests : TamaraApiTestBase
{
    private const string OrderId = "0ac038ef-de4a-491c-828e-b02ec0d4582d";

    private static readonly string _orderPath = $"/merchants/orders/{OrderId}";

    private static readonly string _authorisePath = $"/orders/{OrderId}/authorise";

    private static readonly string _orderJson = $$"""{ "order_id": "{{OrderId}}", "status": "approved" }""";

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [Test]
    public void Bad_request_carries_status_message_and_every_error_code_with_its_data()
    {
        Server.Script("POST", "/checkout", ScriptedReply.Json(400, """
            {
              "message": "Invalid request",
              "errors": [
                { "error_code": "total_amount_invalid_limit", "data": [] },
                { "error_code": "consumer_invalid_phone_number", "data": { "phone_number": "12", "attempt": 2 } },
                { "error_code": "not_supported_delivery_country" }
              ]
            }
            """));

        var exception = Assert.ThrowsAsync<TamaraApiException>(() => CreateClient().Checkout.CreateSessionAsync(new CheckoutSessionRequest
        {
            TotalAmount = new Money(1, "SAR"),
            ShippingAmount = new Money(0, "SAR"),
            TaxAmount = new Money(0, "SAR"),
            OrderReferenceId = "1",
            Consumer = new Consumer(),
            CountryCode = "SA",
            MerchantUrl = new MerchantUrl()
        }));

        Assert.Multiple(() =>
        {
            Assert.That(exception!.StatusCode, Is.EqualTo(400));
            Assert.That(exception.TamaraMessage, Is.EqualTo("Invalid request"));
            Assert.That(exception.ErrorCodes, Is.EqualTo(new[] { "total_amount_invalid_limit", "consumer_invalid_phone_number", "not_supported_delivery_country" }));
            Assert.That(exception.Errors[1].Data["phone_number"], Is.EqualTo("12"));
            Assert.That(exception.Errors[1].Data["attempt"], Is.EqualTo("2"));
            Assert.That(exception.HasErrorCode("consumer_invalid_phone_number"), Is.True);
            Assert.That(exception.Message, Does.Contain("400").And.Contain("total_amount_invalid_limit"));
            Assert.That(exception.Path, Is.EqualTo("/checkout"));
        });
    }

    [Test]
    public void Error_entries_of_odd_shapes_still_give_an_api_exception()
    {
        Server.Script("POST", _authorisePath, ScriptedReply.Json(400, """
            { "message": { "en": "nested" }, "errors": [ { "error_code": { "x": 1 } }, "items_is_empty", 5, { "data": {} } ] }
            """));

        var exception = Assert.ThrowsAsync<TamaraApiException>(() => CreateClient().Orders.AuthoriseAsync(OrderId));

        Assert.That(exception!.ErrorCodes, Is.EqualTo(new[] { "items_is_empty" }));
        Assert.That(exception.TamaraMessage, Is.Null);
    }

    [Test]
    public void Error_code_given_only_in_the_message_is_found()
    {
        Server.Script("POST", $"/payments/simplified-refund/{OrderId}", ScriptedReply.Json(400, """{ "message": "refund.capture_not_found" }"""));

        var exception = Assert.ThrowsAsync<TamaraApiException>(() => CreateClient().Payments.SimplifiedRefundAsync(OrderId,
            new SimplifiedRefundRequest { TotalAmount = new Money(1, "SAR"), Comment = "c" }));

        Assert.That(exception!.ErrorCodes, Is.EqualTo(new[] { "refund.capture_not_found" }));
    }

    [Test]
    public void Dotted_error_code_inside_a_sentence_is_found()
    {
        Server.Script("POST", $"/payments/simplified-refund/{OrderId}", ScriptedReply.Json(400, """{ "message": "Refund failed: refund.capture_not_found for this order" }"""));

        var exception = Assert.ThrowsAsync<TamaraApiException>(() => CreateClient().Payments.SimplifiedRefundAsync(OrderId,
            new SimplifiedRefundRequest { TotalAmount = new Money(1, "SAR"), Comment = "c" }));

        Assert.That(exception!.ErrorCodes, Is.EqualTo(new[] { "refund.capture_not_found" }));
    }

    [Test]
    public void Field_and_host_names_in_the_message_are_not_error_codes()
    {
        Server.Script("POST", $"/payments/simplified-refund/{OrderId}", ScriptedReply.Json(400, """{ "message": "The total_amount is too high, see api.tamara.co" }"""));

        var exception = Assert.ThrowsAsync<TamaraApiException>(() => CreateClient().Payments.SimplifiedRefundAsync(OrderId,
            new SimplifiedRefundRequest { TotalAmount = new Money(1, "SAR"), Comment = "c" }));

        Assert.That(exception!.ErrorCodes, Is.Empty);
    }

    [Test]
    public void Unauthorized_is_an_authentication_failure()
    {
        Server.Script("GET", "/merchants/configs", ScriptedReply.Json(401, """{ "message": "Merchant is not found" }"""));

        var exception = Assert.ThrowsAsync<TamaraApiException>(() => CreateClient().Merchant.GetConfigsAsync());

        Assert.That(exception!.StatusCode, Is.EqualTo(401));
        Assert.That(exception.IsAuthenticationFailure, Is.True);
        Assert.That(exception.TamaraMessage, Is.EqualTo("Merchant is not found"));
        Assert.That(Server.Requests, Has.Count.EqualTo(1), "a 401 is not worth retrying, even for a read");
    }

    [Test]
    public void Unknown_order_is_not_found()
    {
        Server.Script("GET", _orderPath, ScriptedReply.Json(404, """{ "message": "Order not found" }"""));

        var exception = Assert.ThrowsAsync<TamaraApiException>(() => CreateClient().Orders.GetAsync(OrderId));

        Assert.That(exception!.IsNotFound, Is.True);
        Assert.That(exception, Is.Not.InstanceOf<TamaraConflictException>());
    }

    [Test]
    public void Conflict_is_its_own_exception_type()
    {
        Server.Script("POST", _authorisePath, ScriptedReply.Json(409, """{ "message": "Order was already authorised", "errors": [ { "error_code": "order_already_authorised" } ] }"""));

        var exception = Assert.ThrowsAsync<TamaraConflictException>(() => CreateClient().Orders.AuthoriseAsync(OrderId));

        Assert.That(exception!.StatusCode, Is.EqualTo(409));
        Assert.That(exception.ErrorCodes, Is.EqualTo(new[] { "order_already_authorised" }));
    }

    [Test]
    public void Server_error_on_a_write_is_not_retried()
    {
        Server.Script("POST", _authorisePath, ScriptedReply.Json(500, "<html>Internal Server Error</html>"));

        var exception = Assert.ThrowsAsync<TamaraApiException>(() => CreateClient().Orders.AuthoriseAsync(OrderId));

        Assert.That(exception!.StatusCode, Is.EqualTo(500));
        Assert.That(exception.ErrorCodes, Is.Empty);
        Assert.That(Server.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Read_failing_with_a_server_error_is_retried_until_it_succeeds()
    {
        Server.Script("GET", _orderPath, ScriptedReply.Json(503, "{}"), ScriptedReply.Json(500, "{}"), ScriptedReply.Json(200, _orderJson));

        var order = await CreateClient(options => options.ReadRetryCount = 2).Orders.GetAsync(OrderId);

        Assert.That(order.Status, Is.EqualTo(TamaraOrderStatus.Approved));
        Assert.That(Server.Requests, Has.Count.EqualTo(3));
        Assert.That(CallLogs.Select(log => (log.Attempt, log.StatusCode)), Is.EqualTo(new (int, int?)[] { (1, 503), (2, 500), (3, 200) }));
    }

    [Test]
    public void Read_that_keeps_failing_gives_up_after_the_configured_retries()
    {
        Server.Script("GET", _orderPath, ScriptedReply.Json(503, """{ "message": "Service unavailable" }"""));

        var exception = Assert.ThrowsAsync<TamaraApiException>(() => CreateClient(options => options.ReadRetryCount = 1).Orders.GetAsync(OrderId));

        Assert.That(exception!.StatusCode, Is.EqualTo(503));
        Assert.That(Server.Requests, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Read_timing_out_is_retried()
    {
        Server.Script("GET", _orderPath, ScriptedReply.Late(), ScriptedReply.Json(200, _orderJson));

        var order = await CreateClient().Orders.GetAsync(OrderId);

        Assert.That(order.OrderId, Is.EqualTo(OrderId));
        Assert.That(CallLogs[0].Failure, Is.EqualTo("timed out"));
        Assert.That(CallLogs[0].StatusCode, Is.Null);
    }

    [Test]
    public void Write_timing_out_is_a_timeout_and_is_not_retried()
    {
        Server.Script("POST", _authorisePath, ScriptedReply.Slow(TimeSpan.FromMinutes(2)));

        var exception = Assert.ThrowsAsync<TamaraTimeoutException>(() =>
            CreateClient(options => options.OrderTimeout = TimeSpan.FromMilliseconds(500)).Orders.AuthoriseAsync(OrderId));

        Assert.That(exception!.Timeout, Is.EqualTo(TimeSpan.FromMilliseconds(500)));
        Assert.That(exception.Method, Is.EqualTo("POST"));
        Assert.That(Server.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public void Callers_own_cancellation_stays_an_operation_canceled_exception()
    {
        Server.Script("POST", _authorisePath, ScriptedReply.Slow(TimeSpan.FromMinutes(2)));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        Assert.That(async () => await CreateClient().Orders.AuthoriseAsync(OrderId, cancellation.Token),
            Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public void Malformed_json_in_a_success_answer_is_an_invalid_response()
    {
        Server.Script("POST", _authorisePath, ScriptedReply.Json(200, """{ "order_id": "0ac038ef", "status": """));

        var exception = Assert.ThrowsAsync<TamaraInvalidResponseException>(() => CreateClient().Orders.AuthoriseAsync(OrderId));

        Assert.That(exception!.StatusCode, Is.EqualTo(200));
        Assert.That(Server.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public void Success_answer_of_the_wrong_shape_is_an_invalid_response()
    {
        Server.Script("GET", _orderPath, ScriptedReply.Json(200, """{ "order_id": "0ac038ef", "items": "none" }"""));

        Assert.ThrowsAsync<TamaraInvalidResponseException>(() => CreateClient().Orders.GetAsync(OrderId));
    }

    [Test]
    public void Refused_connection_is_a_connection_error()
    {
        var port = ClosedPort();

        var exception = Assert.ThrowsAsync<TamaraConnectionException>(() =>
            CreateClient(options => options.CustomBaseUrl = $"http://127.0.0.1:{port}/").Orders.AuthoriseAsync(OrderId));

        Assert.That(exception!.Path, Is.EqualTo($"/orders/{OrderId}/authorise"));
        Assert.That(CallLogs, Has.Count.EqualTo(1), "a write is tried once");
        Assert.That(CallLogs[0].Failure, Is.EqualTo("connection failed"));
    }

    [Test]
    public void Refused_read_is_retried_then_reported_as_a_connection_error()
    {
        var port = ClosedPort();

        Assert.ThrowsAsync<TamaraConnectionException>(() =>
            CreateClient(options => { options.CustomBaseUrl = $"http://127.0.0.1:{port}/"; options.ReadRetryCount = 2; }).Orders.GetAsync(OrderId));

        Assert.That(CallLogs.Select(log => log.Attempt), Is.EqualTo(new[] { 1, 2, 3 }));
    }

    [Test]
    public void Dropped_connection_is_a_connection_error()
    {
        Server.Script("POST", "/payments/capture", ScriptedReply.Drop());

        Assert.ThrowsAsync<TamaraConnectionException>(() => CreateClient().Payments.CaptureAsync(new CaptureRequest
        {
            OrderId = OrderId,
            TotalAmount = new Money(1, "SAR"),
            ShippingInfo = new ShippingInfo { ShippingCompany = "DHL" }
        }));
        Assert.That(Server.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Bearer_token_is_trimmed_and_set_on_each_request_of_its_own_client()
    {
        Server.Script("GET", "/merchants/configs", ScriptedReply.Json(200, """{ "public_key": "pk" }"""));
        var storeA = CreateClient(options => options.ApiToken = "  eyJhbGci.store\r\nA-payload.sig \n");
        var storeB = CreateClient(options => options.ApiToken = "eyJhbGci.storeB-payload.sig");

        await storeA.Merchant.GetConfigsAsync();
        await storeB.Merchant.GetConfigsAsync();
        await storeA.Merchant.GetConfigsAsync();

        Assert.That(Server.Requests.Select(request => request.Header("Authorization")), Is.EqualTo(new[]
        {
            "Bearer eyJhbGci.storeA-payload.sig", "Bearer eyJhbGci.storeB-payload.sig", "Bearer eyJhbGci.storeA-payload.sig"
        }));
    }

    [Test]
    public void Api_token_never_appears_in_exceptions_or_call_logs()
    {
        Server.Script("GET", "/merchants/configs", ScriptedReply.Json(401, $$"""
            { "message": "Token {{ApiToken}} is not valid", "errors": [ { "error_code": "invalid_token", "data": { "token": "{{ApiToken}}" } } ] }
            """));
        var port = ClosedPort();

        var rejected = Assert.ThrowsAsync<TamaraApiException>(() => CreateClient().Merchant.GetConfigsAsync());
        var unreachable = Assert.ThrowsAsync<TamaraConnectionException>(() =>
            CreateClient(options => options.CustomBaseUrl = $"http://127.0.0.1:{port}/").Merchant.GetConfigsAsync());

        var texts = new[] { rejected!.ToString(), rejected.TamaraMessage!, rejected.Errors[0].Data["token"], unreachable!.ToString(), Options().ToString()! }
            .Concat(CallLogs.Select(log => log.ToString()));
        Assert.That(texts, Has.None.Contain(ApiToken));
        Assert.That(rejected.TamaraMessage, Is.EqualTo("Token [redacted] is not valid"));
    }

    [Test]
    public void Factory_refuses_options_without_a_token_or_with_a_bad_custom_url()
    {
        var factory = new ServiceCollection().AddTamaraApi().BuildServiceProvider().GetRequiredService<ITamaraClientFactory>();

        Assert.Throws<ArgumentException>(() => factory.Create(Options(options => options.ApiToken = " \r\n ")));
        var badUrl = Assert.Throws<ArgumentException>(() => factory.Create(Options(options => options.CustomBaseUrl = "ftp://tamara.example")));
        Assert.That(badUrl!.ToString(), Does.Not.Contain(ApiToken));
    }

    [TestCase(TamaraEnvironment.Sandbox, "https://api-sandbox.tamara.co/")]
    [TestCase(TamaraEnvironment.Production, "https://api.tamara.co/")]
    public void Environment_chooses_tamaras_base_url(TamaraEnvironment environment, string expected)
    {
        var options = new TamaraClientOptions { Environment = environment, CustomBaseUrl = "http://127.0.0.1:5080" };

        Assert.That(options.GetBaseUrl().ToString(), Is.EqualTo(expected));
    }

    [Test]
    public async Task Custom_base_url_with_a_path_keeps_the_path()
    {
        Server.Script("GET", "/tamara/merchants/configs", ScriptedReply.Json(200, """{ "public_key": "pk" }"""));

        await CreateClient(options => options.CustomBaseUrl = new Uri(Server.BaseUrl, "tamara").ToString()).Merchant.GetConfigsAsync();

        Assert.That(SingleRequest().Path, Is.EqualTo("/tamara/merchants/configs"));
        Assert.That(SingleRequest().Header("Accept"), Is.EqualTo("application/json"));
    }
}
