using NUnit.Framework;
using Nop.Plugin.Payments.Tamara.Api.Models;
using Nop.Plugin.Payments.Tamara.Tests.Support;

namespace Nop.Plugin.Payments.Tamara.Tests.Api;

[TestFixture]
public class TamaraOrderServiceTests : TamaraApiTestBase
{
    private const string OrderId = "0ac038ef-de4a-491c-828e-b02ec0d4582d";

    private const string OrderDetailsJson = """
        {
          "order_id": "0ac038ef-de4a-491c-828e-b02ec0d4582d",
          "order_reference_id": "1042",
          "order_number": "1042",
          "consumer": { "first_name": "Mona", "last_name": "Lisa", "email": "customer@email.com", "phone_number": "566027755" },
          "status": "partially_refunded",
          "billing_address": null,
          "shipping_address": { "first_name": "Mona", "last_name": "Lisa", "line1": "3764 Al Urubah Rd", "city": "Riyadh", "country_code": "SA", "phone_number": "532298658" },
          "payment_type": "PAY_BY_INSTALMENTS",
          "instalments": 3,
          "total_amount": { "amount": 300, "currency": "SAR" },
          "captured_amount": { "amount": "230.00", "currency": "SAR" },
          "refunded_amount": { "amount": 100, "currency": "SAR" },
          "canceled_amount": { "amount": 70, "currency": "SAR" },
          "tax_amount": { "amount": 39.13, "currency": "SAR" },
          "shipping_amount": { "amount": 0, "currency": "SAR" },
          "discount_amount": { "name": "Christmas 2020", "amount": { "amount": 200, "currency": "SAR" } },
          "items": [
            {
              "name": "Lego City 8601", "type": "Physical", "reference_id": "123", "sku": "SA-12436", "quantity": 2,
              "unit_price": { "amount": 150, "currency": "SAR" }, "tax_amount": { "amount": 39.13, "currency": "SAR" },
              "discount_amount": { "amount": 0, "currency": "SAR" }, "total_amount": { "amount": 300, "currency": "SAR" },
              "image_url": "https://shop.example/lego.png", "color": "red"
            }
          ],
          "settlement_status": "pending",
          "settlement_date": null,
          "created_at": "2023-06-01T15:07:47+00:00",
          "a_field_added_later": { "nested": [1, 2] },
          "transactions": {
            "cancels": [ { "cancel_id": "2c58ce01-04af-4387-9450-269ff822b558", "total_amount": { "amount": 70, "currency": "SAR" }, "items": [], "created_at": "2023-06-02T10:00:00+00:00" } ],
            "captures": [ { "capture_id": "bd10fc2c-4db8-426e-a1fd-b16388d42c01", "total_amount": { "amount": 230, "currency": "SAR" },
                            "shipping_info": { "shipped_at": "2023-06-03T10:00:00Z", "shipping_company": "DHL", "tracking_number": 100 },
                            "items": [], "created_at": "2023-06-03T10:00:00+00:00" } ],
            "refunds": [ { "refund_id": "924001dc-0e25-463e-82f2-1848aca95542", "capture_id": "bd10fc2c-4db8-426e-a1fd-b16388d42c01",
                           "merchant_refund_id": "nop-1042-r1", "comment": "Refund for the order 1042", "total_amount": { "amount": 100, "currency": "SAR" },
                           "created_at": "2023-06-04T10:00:00+00:00" } ]
          }
        }
        """;

    [Test]
    public async Task Authorise_reads_an_authorised_order_without_capture()
    {
        Server.Script("POST", $"/orders/{OrderId}/authorise", ScriptedReply.Json(200, """
            {
              "order_id": "0ac038ef-de4a-491c-828e-b02ec0d4582d",
              "status": "authorised",
              "order_expiry_time": "2023-06-04T15:07:47+00:00",
              "payment_type": "PAY_BY_INSTALMENTS",
              "auto_captured": false,
              "authorized_amount": { "amount": 300, "currency": "SAR" },
              "capture_id": ""
            }
            """));

        var result = await CreateClient().Orders.AuthoriseAsync(OrderId);

        Assert.That(SingleRequest().Method, Is.EqualTo("POST"));
        Assert.Multiple(() =>
        {
            Assert.That(result.OrderId, Is.EqualTo(OrderId));
            Assert.That(result.Status, Is.EqualTo(TamaraOrderStatus.Authorised));
            Assert.That(result.OrderExpiryTime, Is.EqualTo(new DateTimeOffset(2023, 6, 4, 15, 7, 47, TimeSpan.Zero)));
            Assert.That(result.PaymentType, Is.EqualTo(TamaraPaymentType.PayByInstalments));
            Assert.That(result.AutoCaptured, Is.False);
            Assert.That(result.AuthorizedAmount, Is.EqualTo(new Money(300, "SAR")));
            Assert.That(result.CaptureId, Is.Empty);
        });
    }

    [Test]
    public async Task Authorise_on_an_auto_capture_account_reads_fully_captured_with_the_capture_id()
    {
        Server.Script("POST", $"/orders/{OrderId}/authorise", ScriptedReply.Json(200, """
            {
              "order_id": "0ac038ef-de4a-491c-828e-b02ec0d4582d",
              "status": "fully_captured",
              "order_expiry_time": "2023-07-04T12:07:43+00:00",
              "payment_type": "PAY_BY_INSTALMENTS",
              "auto_captured": true,
              "authorized_amount": { "amount": 300, "currency": "SAR" },
              "capture_id": "bd10fc2c-4db8-426e-a1fd-b16388d42c01"
            }
            """));

        var result = await CreateClient().Orders.AuthoriseAsync(OrderId);

        Assert.That(result.Status, Is.EqualTo(TamaraOrderStatus.FullyCaptured));
        Assert.That(result.AutoCaptured, Is.True);
        Assert.That(result.CaptureId, Is.EqualTo("bd10fc2c-4db8-426e-a1fd-b16388d42c01"));
    }

    [Test]
    public async Task Cancel_sends_the_seed_sample_request()
    {
        Server.Script("POST", "/orders/870e3e2e-e88a-4933-9ec0-7f7b8ed65e0c/cancel", ScriptedReply.Json(200, """
            { "order_id": "870e3e2e-e88a-4933-9ec0-7f7b8ed65e0c", "cancel_id": "2c58ce01-04af-4387-9450-269ff822b558", "status": "canceled", "canceled_amount": { "amount": 300, "currency": "SAR" } }
            """));
        var request = new CancelOrderRequest
        {
            TotalAmount = new Money(300, "SAR"),
            ShippingAmount = new Money(0, "SAR"),
            TaxAmount = new Money(100, "SAR"),
            DiscountAmount = new Money(10, "SAR"),
            Items =
            [
                new OrderItem
                {
                    Name = "Lego City 8601", Type = "Digital", ReferenceId = "123", Sku = "SA-12436", Quantity = 1,
                    DiscountAmount = new Money(100, "SAR"), TaxAmount = new Money(10, "SAR"),
                    UnitPrice = new Money(490, "SAR"), TotalAmount = new Money(100, "SAR")
                }
            ]
        };

        var result = await CreateClient().Orders.CancelAsync("870e3e2e-e88a-4933-9ec0-7f7b8ed65e0c", request);

        AssertSameJson(SingleRequest().Body, """
            {
              "total_amount": { "amount": 300, "currency": "SAR" },
              "shipping_amount": { "amount": 0, "currency": "SAR" },
              "tax_amount": { "amount": 100, "currency": "SAR" },
              "discount_amount": { "amount": 10, "currency": "SAR" },
              "items": [
                {
                  "name": "Lego City 8601", "type": "Digital", "reference_id": "123", "sku": "SA-12436", "quantity": 1,
                  "discount_amount": { "amount": 100, "currency": "SAR" }, "tax_amount": { "amount": 10, "currency": "SAR" },
                  "unit_price": { "amount": 490, "currency": "SAR" }, "total_amount": { "amount": 100, "currency": "SAR" }
                }
              ]
            }
            """);
        Assert.That(result.Status, Is.EqualTo(TamaraOrderStatus.Canceled));
        Assert.That(result.CancelId, Is.EqualTo("2c58ce01-04af-4387-9450-269ff822b558"));
        Assert.That(result.CanceledAmount, Is.EqualTo(new Money(300, "SAR")));
    }

    [Test]
    public async Task Partial_cancel_reads_updated_with_the_canceled_part()
    {
        Server.Script("POST", "/orders/870e3e2e-e88a-4933-9ec0-7f7b8ed65e0c/cancel", ScriptedReply.Json(200, """
            { "order_id": "870e3e2e-e88a-4933-9ec0-7f7b8ed65e0c", "cancel_id": "fecc5fce-2079-4292-8761-40726253f0bf", "status": "updated", "canceled_amount": { "amount": 100, "currency": "SAR" } }
            """));

        var result = await CreateClient().Orders.CancelAsync("870e3e2e-e88a-4933-9ec0-7f7b8ed65e0c", new CancelOrderRequest { TotalAmount = new Money(100, "SAR") });

        AssertSameJson(SingleRequest().Body, """{ "total_amount": { "amount": 100, "currency": "SAR" } }""");
        Assert.That(result.OrderId, Is.EqualTo("870e3e2e-e88a-4933-9ec0-7f7b8ed65e0c"));
        Assert.That(result.CancelId, Is.EqualTo("fecc5fce-2079-4292-8761-40726253f0bf"));
        Assert.That(result.Status, Is.EqualTo(TamaraOrderStatus.Updated));
        Assert.That(result.CanceledAmount, Is.EqualTo(new Money(100, "SAR")));
    }

    [Test]
    public async Task Order_details_give_status_amounts_items_plan_and_transactions()
    {
        Server.Script("GET", $"/merchants/orders/{OrderId}", ScriptedReply.Json(200, OrderDetailsJson));

        var order = await CreateClient().Orders.GetAsync(OrderId);

        Assert.Multiple(() =>
        {
            Assert.That(order.OrderId, Is.EqualTo(OrderId));
            Assert.That(order.OrderReferenceId, Is.EqualTo("1042"));
            Assert.That(order.Status, Is.EqualTo(TamaraOrderStatus.PartiallyRefunded));
            Assert.That(order.BillingAddress, Is.Null);
            Assert.That(order.ShippingAddress!.City, Is.EqualTo("Riyadh"));
            Assert.That(order.PaymentType, Is.EqualTo(TamaraPaymentType.PayByInstalments));
            Assert.That(order.Instalments, Is.EqualTo(3));
            Assert.That(order.TotalAmount, Is.EqualTo(new Money(300, "SAR")));
            Assert.That(order.CapturedAmount, Is.EqualTo(new Money(230, "SAR")));
            Assert.That(order.RefundedAmount, Is.EqualTo(new Money(100, "SAR")));
            Assert.That(order.CanceledAmount, Is.EqualTo(new Money(70, "SAR")));
            Assert.That(order.TaxAmount, Is.EqualTo(new Money(39.13m, "SAR")));
            Assert.That(order.DiscountAmount!.Name, Is.EqualTo("Christmas 2020"));
            Assert.That(order.DiscountAmount.Amount, Is.EqualTo(new Money(200, "SAR")));
            Assert.That(order.Items.Single().Quantity, Is.EqualTo(2));
            Assert.That(order.Items.Single().UnitPrice, Is.EqualTo(new Money(150, "SAR")));
            Assert.That(order.SettlementDate, Is.Null);
            Assert.That(order.CreatedAt, Is.EqualTo(new DateTimeOffset(2023, 6, 1, 15, 7, 47, TimeSpan.Zero)));
            Assert.That(order.Transactions.Cancels.Single().TotalAmount, Is.EqualTo(new Money(70, "SAR")));
            Assert.That(order.Transactions.Captures.Single().CaptureId, Is.EqualTo("bd10fc2c-4db8-426e-a1fd-b16388d42c01"));
            Assert.That(order.Transactions.Captures.Single().ShippingInfo!.TrackingNumber, Is.EqualTo("100"));
            Assert.That(order.Transactions.Refunds.Single().MerchantRefundId, Is.EqualTo("nop-1042-r1"));
            Assert.That(order.Transactions.Refunds.Single().TotalAmount, Is.EqualTo(new Money(100, "SAR")));
        });
    }

    [Test]
    public async Task Order_details_without_transactions_or_discount_name_still_read()
    {
        Server.Script("GET", $"/merchants/orders/{OrderId}", ScriptedReply.Json(200, """
            { "order_id": "0ac038ef-de4a-491c-828e-b02ec0d4582d", "status": "approved", "discount_amount": { "amount": 5.5, "currency": "SAR" }, "status_reason": 7 }
            """));

        var order = await CreateClient().Orders.GetAsync(OrderId);

        Assert.That(order.Status, Is.EqualTo(TamaraOrderStatus.Approved));
        Assert.That(order.DiscountAmount!.Amount, Is.EqualTo(new Money(5.5m, "SAR")));
        Assert.That(order.Transactions.Captures, Is.Empty);
        Assert.That(order.Items, Is.Empty);
    }

    [Test]
    public async Task A_status_tamara_adds_later_reads_as_unknown()
    {
        Server.Script("GET", $"/merchants/orders/{OrderId}", ScriptedReply.Json(200, """{ "order_id": "0ac038ef-de4a-491c-828e-b02ec0d4582d", "status": "in_dispute" }"""));

        var order = await CreateClient().Orders.GetAsync(OrderId);

        Assert.That(order.Status, Is.EqualTo(TamaraOrderStatus.Unknown));
    }

    [Test]
    public async Task Order_details_by_reference_id_use_the_reference_path()
    {
        Server.Script("GET", "/merchants/orders/reference-id/nop%2F1042", ScriptedReply.Json(200, OrderDetailsJson));

        var order = await CreateClient().Orders.GetByReferenceIdAsync("nop/1042");

        Assert.That(SingleRequest().Path, Is.EqualTo("/merchants/orders/reference-id/nop%2F1042"));
        Assert.That(order.OrderId, Is.EqualTo(OrderId));
    }

    [Test]
    public async Task Reference_id_update_sends_the_new_id_with_put()
    {
        Server.Script("PUT", $"/orders/{OrderId}/reference-id", ScriptedReply.Json(200, """{ "message": "Order reference id was updated successfully" }"""));

        var result = await CreateClient().Orders.UpdateReferenceIdAsync(OrderId, new UpdateReferenceIdRequest { OrderReferenceId = "New Reference ID Here" });

        AssertSameJson(SingleRequest().Body, """{ "order_reference_id": "New Reference ID Here" }""");
        Assert.That(result.Message, Is.EqualTo("Order reference id was updated successfully"));
    }

    [Test]
    public async Task Numbers_and_flags_sent_as_strings_still_read()
    {
        Server.Script("POST", $"/orders/{OrderId}/authorise", ScriptedReply.Json(200, """
            {
              "order_id": "0ac038ef-de4a-491c-828e-b02ec0d4582d",
              "status": "AUTHORISED",
              "payment_type": "PAY_BY_INSTALMENTS",
              "auto_captured": "false",
              "authorized_amount": { "amount": "1.234", "currency": "KWD" },
              "capture_id": null
            }
            """));

        var result = await CreateClient().Orders.AuthoriseAsync(OrderId);

        Assert.That(result.Status, Is.EqualTo(TamaraOrderStatus.Authorised));
        Assert.That(result.AutoCaptured, Is.False);
        Assert.That(result.AuthorizedAmount, Is.EqualTo(new Money(1.234m, "KWD")));
        Assert.That(result.CaptureId, Is.Null);
    }
}
