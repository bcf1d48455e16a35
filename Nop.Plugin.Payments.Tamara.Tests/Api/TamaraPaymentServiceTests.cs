using NUnit.Framework;
using Nop.Plugin.Payments.Tamara.Api.Models;
using Nop.Plugin.Payments.Tamara.Tests.Support;

namespace Nop.Plugin.Payments.Tamara.Tests.Api;

[TestFixture]
public class TamaraPaymentServiceTests : TamaraApiTestBase
{
    private const string OrderId = "0ac038ef-de4a-491c-828e-b02ec0d4582d";

    private static CaptureRequest SeedCaptureRequest() => new()
    {
        OrderId = "8fe4cce9-d0aa-4020-a863-c708547795e9",
        TotalAmount = new Money(300, "SAR"),
        Items =
        [
            new OrderItem
            {
                Name = "Lego City 8601", Type = "Digital", ReferenceId = "123", Sku = "SA-12436", Quantity = 1,
                DiscountAmount = new Money(100, "SAR"), TaxAmount = new Money(10, "SAR"),
                UnitPrice = new Money(490, "SAR"), TotalAmount = new Money(100, "SAR")
            }
        ],
        DiscountAmount = new Money(0, "SAR"),
        ShippingAmount = new Money(0, "SAR"),
        ShippingInfo = new ShippingInfo
        {
            ShippedAt = new DateTimeOffset(2020, 3, 31, 22, 19, 52, 677, TimeSpan.FromHours(3)),
            ShippingCompany = "DHL",
            TrackingNumber = "100",
            TrackingUrl = "https://shipping.com/tracking?id=123456"
        },
        TaxAmount = new Money(100, "SAR")
    };

    [TestCase(300.00, "SAR", "{\"amount\":300,\"currency\":\"SAR\"}")]
    [TestCase(10.010, "SAR", "{\"amount\":10.01,\"currency\":\"SAR\"}")]
    [TestCase(10.005, "SAR", "{\"amount\":10.01,\"currency\":\"SAR\"}")]
    [TestCase(1.0005, "KWD", "{\"amount\":1.001,\"currency\":\"KWD\"}")]
    [TestCase(0.000, "BHD", "{\"amount\":0,\"currency\":\"BHD\"}")]
    [TestCase(0.50, "OMR", "{\"amount\":0.5,\"currency\":\"OMR\"}")]
    [TestCase(12.5, "S\"R", "{\"amount\":12.5,\"currency\":\"S\\\"R\"}")]
    public async Task An_amount_is_written_rounded_to_its_currency_without_trailing_zeros_and_its_code_escaped(decimal amount, string currency, string expected)
    {
        Server.Script("POST", "/payments/capture", ScriptedReply.Json(200, """{ "capture_id": "c", "order_id": "o", "status": "fully_captured" }"""));
        var request = SeedCaptureRequest();
        request.TotalAmount = new Money(amount, currency);

        await CreateClient().Payments.CaptureAsync(request);

        Assert.That(SingleRequest().Body, Does.Contain("\"total_amount\":" + expected + ","));
    }

    [Test]
    public async Task Capture_sends_the_seed_sample_with_tracking_number_as_text_and_shipped_at_in_utc()
    {
        Server.Script("POST", "/payments/capture", ScriptedReply.Json(200, """
            { "capture_id": "bd10fc2c-4db8-426e-a1fd-b16388d42c01", "order_id": "8fe4cce9-d0aa-4020-a863-c708547795e9", "status": "fully_captured", "captured_amount": { "amount": 300, "currency": "SAR" } }
            """));

        await CreateClient().Payments.CaptureAsync(SeedCaptureRequest());

        // The seed writes tracking_number as the number 100; Tamara asks for a string, so "100" is sent.
        AssertSameJson(SingleRequest().Body, """
            {
              "order_id": "8fe4cce9-d0aa-4020-a863-c708547795e9",
              "total_amount": { "amount": 300, "currency": "SAR" },
              "items": [
                {
                  "name": "Lego City 8601", "type": "Digital", "reference_id": "123", "sku": "SA-12436", "quantity": 1,
                  "discount_amount": { "amount": 100, "currency": "SAR" }, "tax_amount": { "amount": 10, "currency": "SAR" },
                  "unit_price": { "amount": 490, "currency": "SAR" }, "total_amount": { "amount": 100, "currency": "SAR" }
                }
              ],
              "discount_amount": { "amount": 0, "currency": "SAR" },
              "shipping_amount": { "amount": 0, "currency": "SAR" },
              "shipping_info": {
                "shipped_at": "2020-03-31T19:19:52.677Z",
                "shipping_company": "DHL",
                "tracking_number": "100",
                "tracking_url": "https://shipping.com/tracking?id=123456"
              },
              "tax_amount": { "amount": 100, "currency": "SAR" }
            }
            """);
    }

    [TestCase("fully_captured", 300, TamaraOrderStatus.FullyCaptured)]
    [TestCase("partially_captured", 230, TamaraOrderStatus.PartiallyCaptured)]
    public async Task Capture_responses_of_the_seed_read_status_and_amount(string status, decimal amount, TamaraOrderStatus expected)
    {
        Server.Script("POST", "/payments/capture", ScriptedReply.Json(200, $$"""
            { "capture_id": "bd10fc2c-4db8-426e-a1fd-b16388d42c01", "order_id": "0ac038ef-de4a-491c-828e-b02ec0d4582d", "status": "{{status}}", "captured_amount": { "amount": {{amount}}, "currency": "SAR" } }
            """));

        var result = await CreateClient().Payments.CaptureAsync(SeedCaptureRequest());

        Assert.That(result.CaptureId, Is.EqualTo("bd10fc2c-4db8-426e-a1fd-b16388d42c01"));
        Assert.That(result.OrderId, Is.EqualTo(OrderId));
        Assert.That(result.Status, Is.EqualTo(expected));
        Assert.That(result.CapturedAmount, Is.EqualTo(new Money(amount, "SAR")));
    }

    [Test]
    public async Task Simplified_refund_sends_amount_comment_and_merchant_refund_id_and_reads_the_refund()
    {
        Server.Script("POST", $"/payments/simplified-refund/{OrderId}", ScriptedReply.Json(200, """
            {
              "order_id": "0ac038ef-de4a-491c-828e-b02ec0d4582d",
              "comment": "Refund for the order 123",
              "refund_id": "924001dc-0e25-463e-82f2-1848aca95542",
              "capture_id": "bd10fc2c-4db8-426e-a1fd-b16388d42c01",
              "status": "partially_refunded",
              "refunded_amount": { "amount": 100, "currency": "SAR" }
            }
            """));

        var result = await CreateClient().Payments.SimplifiedRefundAsync(OrderId, new SimplifiedRefundRequest
        {
            TotalAmount = new Money(100, "SAR"),
            Comment = "Refund for the order 123",
            MerchantRefundId = "nop-123-r1"
        });

        AssertSameJson(SingleRequest().Body, """
            { "total_amount": { "amount": 100, "currency": "SAR" }, "comment": "Refund for the order 123", "merchant_refund_id": "nop-123-r1" }
            """);
        Assert.Multiple(() =>
        {
            Assert.That(result.OrderId, Is.EqualTo(OrderId));
            Assert.That(result.RefundId, Is.EqualTo("924001dc-0e25-463e-82f2-1848aca95542"));
            Assert.That(result.CaptureId, Is.EqualTo("bd10fc2c-4db8-426e-a1fd-b16388d42c01"));
            Assert.That(result.Comment, Is.EqualTo("Refund for the order 123"));
            Assert.That(result.Status, Is.EqualTo(TamaraOrderStatus.PartiallyRefunded));
            Assert.That(result.RefundedAmount, Is.EqualTo(new Money(100, "SAR")));
        });
    }

    [Test]
    public async Task Refund_answer_in_the_seed_first_shape_reads_without_error()
    {
        // The seed's first "sample response" repeats the request; it must not break the caller.
        Server.Script("POST", $"/payments/simplified-refund/{OrderId}", ScriptedReply.Json(200, """
            { "total_amount": { "amount": 300, "currency": "SAR" }, "comment": "Refund for the order A123" }
            """));

        var result = await CreateClient().Payments.SimplifiedRefundAsync(OrderId, new SimplifiedRefundRequest { TotalAmount = new Money(300, "SAR"), Comment = "Refund for the order A123" });

        Assert.That(result.Comment, Is.EqualTo("Refund for the order A123"));
        Assert.That(result.Status, Is.EqualTo(TamaraOrderStatus.Unknown));
        Assert.That(result.RefundId, Is.Null);
    }
}
