using System.Text.Json.Nodes;
using Tamara.Emulator.Infrastructure;
using Tamara.Emulator.Currencies;

namespace Tamara.Emulator.Orders;

/// <summary>The order details answer of GET /merchants/orders/{order_id}, field names as Tamara spells them.</summary>
internal static class OrderJson
{
    public static JsonObject Details(EmulatedOrder order)
    {
        var request = order.Request;
        return new JsonObject
        {
            ["order_id"] = order.OrderId,
            ["checkout_id"] = order.CheckoutId,
            ["order_reference_id"] = order.OrderReferenceId,
            ["order_number"] = order.OrderNumber,
            ["status"] = order.Status,
            ["country_code"] = order.CountryCode,
            ["locale"] = order.Locale,
            ["description"] = request["description"]?.DeepClone(),
            ["consumer"] = request["consumer"]?.DeepClone(),
            ["billing_address"] = request["billing_address"]?.DeepClone(),
            ["shipping_address"] = request["shipping_address"]?.DeepClone(),
            ["items"] = request["items"]?.DeepClone() ?? new JsonArray(),
            ["payment_type"] = order.PaymentType,
            ["instalments"] = order.Instalments,
            ["total_amount"] = MoneyJson.Write(order.TotalAmount, order.Currency),
            ["tax_amount"] = MoneyJson.Write(order.TaxAmount, order.Currency),
            ["shipping_amount"] = MoneyJson.Write(order.ShippingAmount, order.Currency),
            ["discount_amount"] = new JsonObject
            {
                ["name"] = order.DiscountName ?? string.Empty,
                ["amount"] = MoneyJson.Write(order.DiscountAmount, order.Currency)
            },
            ["captured_amount"] = MoneyJson.Write(order.CapturedAmount, order.Currency),
            ["refunded_amount"] = MoneyJson.Write(order.RefundedAmount, order.Currency),
            ["canceled_amount"] = MoneyJson.Write(order.CanceledAmount, order.Currency),
            ["auto_captured"] = order.AutoCaptured,
            ["settlement_status"] = order.CapturedAmount > 0 ? "pending" : "not_settled",
            ["settlement_date"] = null,
            ["created_at"] = TamaraJson.Timestamp(order.CreatedAt),
            ["platform"] = request["platform"]?.DeepClone(),
            ["is_mobile"] = request["is_mobile"]?.DeepClone(),
            ["transactions"] = new JsonObject
            {
                ["cancels"] = Transactions(order, order.Cancels, "cancel_id"),
                ["captures"] = Transactions(order, order.Captures, "capture_id"),
                ["refunds"] = Transactions(order, order.Refunds, "refund_id")
            }
        };
    }

    private static JsonArray Transactions(EmulatedOrder order, IEnumerable<OrderTransaction> transactions, string idName)
    {
        var array = new JsonArray();
        foreach (var transaction in transactions)
        {
            var entry = new JsonObject
            {
                [idName] = transaction.Id,
                ["order_id"] = order.OrderId,
                ["total_amount"] = MoneyJson.Write(transaction.Amount, order.Currency),
                ["created_at"] = TamaraJson.Timestamp(transaction.CreatedAt)
            };
            if (transaction.CaptureId is not null)
                entry["capture_id"] = transaction.CaptureId;
            if (transaction.Comment is not null)
                entry["comment"] = transaction.Comment;
            if (transaction.MerchantRefundId is not null)
                entry["merchant_refund_id"] = transaction.MerchantRefundId;
            if (transaction.Request?["items"] is JsonArray items)
                entry["items"] = items.DeepClone();
            if (transaction.Request?["shipping_info"] is JsonObject shippingInfo)
                entry["shipping_info"] = shippingInfo.DeepClone();
            array.Add(entry);
        }

        return array;
    }
}
