using System.Net;
using System.Text.Json.Nodes;
using Tamara.Emulator.Control;
using Tamara.Emulator.Tests.Support;

namespace Tamara.Emulator.Tests.Orders;

/// <summary>
/// With strict totals, captures and cancels that carry items must add up line by line and in total, as a checkout does
/// </summary>
public sealed class StrictBreakdownTests : EmulatorTest
{
    private static JsonObject Item(decimal unitPrice, int quantity, decimal discount, decimal total) => new()
    {
        ["name"] = "Item",
        ["type"] = "Physical",
        ["reference_id"] = "1",
        ["sku"] = "SKU-1",
        ["quantity"] = quantity,
        ["unit_price"] = Money(unitPrice),
        ["discount_amount"] = Money(discount),
        ["tax_amount"] = Money(0m),
        ["total_amount"] = Money(total)
    };

    private static JsonObject WithBreakdown(JsonObject body, decimal tax, decimal shipping, decimal discount, params JsonObject[] items)
    {
        body["items"] = new JsonArray(items.Cast<JsonNode>().ToArray());
        body["tax_amount"] = Money(tax);
        body["shipping_amount"] = Money(shipping);
        body["discount_amount"] = Money(discount);
        return body;
    }

    [Test]
    public async Task A_capture_whose_items_do_not_add_up_to_its_total_is_refused_and_captures_nothing()
    {
        Tamara.ChangeSettings(new EmulatorSettings(StrictTotals: true));
        var orderId = await AuthorisedOrderAsync();

        //lines of 124.25 with a total of 100
        var answer = await Api.PostAsync("/payments/capture", WithBreakdown(CaptureBody(orderId, 100m), 0m, 0m, 0m, Item(124.25m, 1, 0m, 124.25m)));

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), answer.Text);
        Assert.That(answer.ErrorCodes, Is.EqualTo(new[] { "total_amount_mismatch" }));
        Assert.That(Tamara.GetOrder(orderId).CapturedAmount, Is.Zero);
    }

    [Test]
    public async Task A_capture_line_whose_total_is_not_unit_price_times_quantity_less_discount_is_refused()
    {
        Tamara.ChangeSettings(new EmulatorSettings(StrictTotals: true));
        var orderId = await AuthorisedOrderAsync();

        //one unit of 100 with a discount of 0.02 sent as 99.99
        var answer = await Api.PostAsync("/payments/capture", WithBreakdown(CaptureBody(orderId, 99.99m), 0m, 0m, 0m, Item(100m, 1, 0.02m, 99.99m)));

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), answer.Text);
        Assert.That(answer.ErrorCodes, Does.Contain("item_total_amount_mismatch"));
    }

    [Test]
    public async Task A_cancel_whose_items_do_not_add_up_is_refused_and_cancels_nothing()
    {
        Tamara.ChangeSettings(new EmulatorSettings(StrictTotals: true));
        var orderId = await AuthorisedOrderAsync();

        var answer = await Api.PostAsync($"/orders/{orderId}/cancel",
            WithBreakdown(new JsonObject { ["total_amount"] = Money(100m) }, 0m, 10m, 0m, Item(100m, 1, 0m, 100m)));

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), answer.Text);
        Assert.That(Tamara.GetOrder(orderId).CanceledAmount, Is.Zero);
    }

    [Test]
    public async Task A_capture_that_adds_up_on_every_line_is_accepted()
    {
        Tamara.ChangeSettings(new EmulatorSettings(StrictTotals: true));
        var orderId = await AuthorisedOrderAsync();

        var answer = await Api.PostAsync("/payments/capture", WithBreakdown(CaptureBody(orderId, 114.98m), 15m, 10m, 10m, Item(50m, 2, 0.02m, 99.98m)));

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK), answer.Text);
        Assert.That(Tamara.GetOrder(orderId).CapturedAmount, Is.EqualTo(114.98m));
    }

    [Test]
    public async Task Without_strict_totals_a_capture_is_checked_only_against_what_remains()
    {
        var orderId = await AuthorisedOrderAsync();

        var answer = await Api.PostAsync("/payments/capture", WithBreakdown(CaptureBody(orderId, 100m), 0m, 0m, 0m, Item(124.25m, 1, 0m, 124.25m)));

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK), answer.Text);
    }
}
