using System.Text.Json.Nodes;

namespace Tamara.Emulator.Tests.Support;

/// <summary>
/// Checkout requests whose totals add up by the documented formula: total = Σ items.total + tax + shipping − discount,
/// where an item's total is unit price × quantity − its discount and the order's tax_amount holds the items' taxes.
/// </summary>
public static class CheckoutRequests
{
    private static JsonObject Money(decimal amount, string currency) => new() { ["amount"] = amount, ["currency"] = currency };

    private static JsonObject Item(string name, string sku, int quantity, decimal unitPrice, decimal discount, decimal tax, string currency) => new()
    {
        ["name"] = name,
        ["type"] = "Physical",
        ["reference_id"] = sku,
        ["sku"] = sku,
        ["quantity"] = quantity,
        ["unit_price"] = Money(unitPrice, currency),
        ["discount_amount"] = Money(discount, currency),
        ["tax_amount"] = Money(tax, currency),
        ["total_amount"] = Money(unitPrice * quantity - discount, currency)
    };

    private static JsonObject Address(string countryCode, string phone) => new()
    {
        ["first_name"] = "Mona",
        ["last_name"] = "Lisa",
        ["line1"] = "3764 Al Urubah Rd",
        ["city"] = "Riyadh",
        ["country_code"] = countryCode,
        ["phone_number"] = phone
    };

    /// <summary>
    /// Two items in SAR: 2 × 100.50 − 10 = 191 and 1 × 49.99; tax 28.58 + 7.50 = 36.08, shipping 15, discount 5:
    /// total 287.07.
    /// </summary>
    public static JsonObject Sar(string? notificationUrl = null, string merchantBase = "http://127.0.0.1:9/shop") =>
        Build("SA", "SAR", "532298658", notificationUrl, merchantBase,
        [
            Item("Dates box", "DATES-1", 2, 100.50m, 10m, 28.58m, "SAR"),
            Item("Coffee", "COFFEE-1", 1, 49.99m, 0m, 7.50m, "SAR")
        ], tax: 36.08m, shipping: 15m, discount: 5m);

    /// <summary>KWD with three decimals: 2 × 12.345 − 0.500 = 24.190, tax 1.235, shipping 1.500: total 26.925.</summary>
    public static JsonObject Kwd(string? notificationUrl = null) =>
        Build("KW", "KWD", "+96550012345", notificationUrl, "http://127.0.0.1:9/shop",
            [Item("Oud", "OUD-1", 2, 12.345m, 0.500m, 1.235m, "KWD")], tax: 1.235m, shipping: 1.500m, discount: 0m);

    public static JsonObject Build(string countryCode, string currency, string phone, string? notificationUrl, string merchantBase,
        JsonObject[] items, decimal tax, decimal shipping, decimal discount)
    {
        var itemsTotal = items.Sum(item => item["total_amount"]!["amount"]!.GetValue<decimal>());
        var merchantUrl = new JsonObject
        {
            ["success"] = $"{merchantBase}/success",
            ["failure"] = $"{merchantBase}/failure",
            ["cancel"] = $"{merchantBase}/cancel"
        };
        if (notificationUrl is not null)
            merchantUrl["notification"] = notificationUrl;

        var request = new JsonObject
        {
            ["total_amount"] = Money(itemsTotal + tax + shipping - discount, currency),
            ["shipping_amount"] = Money(shipping, currency),
            ["tax_amount"] = Money(tax, currency),
            ["order_reference_id"] = Guid.NewGuid().ToString(),
            ["order_number"] = "1001",
            ["items"] = new JsonArray(items.Cast<JsonNode>().ToArray()),
            ["consumer"] = new JsonObject
            {
                ["first_name"] = "Mona",
                ["last_name"] = "Lisa",
                ["email"] = "mona@example.com",
                ["phone_number"] = phone
            },
            ["country_code"] = countryCode,
            ["description"] = "Order 1001",
            ["merchant_url"] = merchantUrl,
            ["payment_type"] = "PAY_BY_INSTALMENTS",
            ["instalments"] = 3,
            ["shipping_address"] = Address(countryCode, phone),
            ["billing_address"] = Address(countryCode, phone),
            ["platform"] = "nopCommerce 4.90",
            ["is_mobile"] = false,
            ["locale"] = "en_US"
        };
        if (discount > 0)
            request["discount"] = new JsonObject { ["name"] = "Welcome", ["amount"] = Money(discount, currency) };
        return request;
    }
}
