using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Tamara.Emulator.Control;
using Tamara.Emulator.Tests.Support;

namespace Tamara.Emulator.Tests.Orders;

public sealed class OrderStateMachineTests : EmulatorTest
{
    private async Task<string> StatusOfAsync(string orderId) =>
        (await Api.GetAsync($"/merchants/orders/{orderId}")).Object["status"]!.GetValue<string>();

    private static IEnumerable<TestCaseData> AuthoriseBodies()
    {
        yield return new TestCaseData((Func<string, HttpContent?>)(_ => null)).SetName("Authorise_accepts_no_body");
        yield return new TestCaseData((Func<string, HttpContent?>)(_ => new StringContent("{}", Encoding.UTF8, "application/json")))
            .SetName("Authorise_accepts_an_empty_json_object");
        yield return new TestCaseData((Func<string, HttpContent?>)(_ => new FormUrlEncodedContent([])))
            .SetName("Authorise_accepts_an_empty_form_body");
        yield return new TestCaseData((Func<string, HttpContent?>)(orderId =>
                new StringContent($"{{\"order_id\":\"{orderId}\"}}", Encoding.UTF8, "application/json")))
            .SetName("Authorise_accepts_the_order_id_in_the_body");
    }

    [TestCaseSource(nameof(AuthoriseBodies))]
    public async Task Authorise_body_variants(Func<string, HttpContent?> body)
    {
        var orderId = await ApprovedOrderAsync();

        var answer = await Api.SendAsync(HttpMethod.Post, $"/orders/{orderId}/authorise", body(orderId));

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK), answer.Text);
        Assert.That(answer.Object["status"]!.GetValue<string>(), Is.EqualTo("authorised"));
    }

    [Test]
    public async Task Authorise_answers_in_the_seed_shape_with_authorized_amount_spelled_the_american_way()
    {
        var orderId = await ApprovedOrderAsync();

        var answer = await Api.PostAsync($"/orders/{orderId}/authorise", null);

        Assert.That(Seeds.FieldsOf(answer.Object), Is.EqualTo(Seeds.FieldsOf(Seeds.Json("authorise-response"))));
        Assert.That(answer.Object["authorized_amount"]!["amount"]!.GetValue<decimal>(), Is.EqualTo(287.07m));
        Assert.That(answer.Object["auto_captured"]!.GetValue<bool>(), Is.False);
        Assert.That(answer.Object["capture_id"]!.GetValue<string>(), Is.Empty);
    }

    [Test]
    public async Task Authorise_on_an_auto_capture_account_answers_fully_captured_with_a_capture_id()
    {
        Tamara.ChangeSettings(new EmulatorSettings(AutoCaptureAtAuthorise: true));
        var orderId = await ApprovedOrderAsync();

        var answer = await Api.PostAsync($"/orders/{orderId}/authorise", null);

        Assert.That(Seeds.FieldsOf(answer.Object), Is.EqualTo(Seeds.FieldsOf(Seeds.Json("authorise-response-auto-captured"))));
        Assert.That(answer.Object["status"]!.GetValue<string>(), Is.EqualTo("fully_captured"));
        Assert.That(answer.Object["auto_captured"]!.GetValue<bool>(), Is.True);
        Assert.That(answer.Object["capture_id"]!.GetValue<string>(), Is.Not.Empty);
        Assert.That(Tamara.GetOrder(orderId).CapturedAmount, Is.EqualTo(287.07m));
    }

    [Test]
    public async Task Authorise_before_the_customer_approved_is_a_conflict_and_changes_nothing()
    {
        var orderId = await Api.CreateOrderAsync(CheckoutRequests.Sar());

        var answer = await Api.PostAsync($"/orders/{orderId}/authorise", null);

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(answer.Object["message"]!.GetValue<string>(), Does.Contain("only an approved order can be authorised"));
        Assert.That(await StatusOfAsync(orderId), Is.EqualTo("new"));
    }

    [Test]
    public async Task Second_authorise_is_a_conflict_saying_it_is_already_authorised()
    {
        var orderId = await AuthorisedOrderAsync();

        var answer = await Api.PostAsync($"/orders/{orderId}/authorise", null);

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(answer.ErrorCodes, Is.EqualTo(new[] { "order_already_authorised" }));
    }

    [Test]
    public async Task Unknown_order_is_a_404_in_tamara_error_shape()
    {
        var answer = await Api.GetAsync($"/merchants/orders/{Guid.NewGuid()}");

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(answer.ErrorCodes, Is.EqualTo(new[] { "order_not_found" }));
    }

    [Test]
    public async Task Full_cancel_of_an_authorised_order_answers_canceled_in_the_seed_shape()
    {
        var orderId = await AuthorisedOrderAsync();

        var answer = await Api.PostAsync($"/orders/{orderId}/cancel", new JsonObject { ["total_amount"] = Money(287.07m) });

        Assert.That(Seeds.FieldsOf(answer.Object), Is.EqualTo(Seeds.FieldsOf(Seeds.Json("cancel-response-canceled"))));
        Assert.That(answer.Object["status"]!.GetValue<string>(), Is.EqualTo("canceled"));
        Assert.That(Tamara.GetOrder(orderId).CanceledAmount, Is.EqualTo(287.07m));
    }

    [Test]
    public async Task Partial_cancel_leaves_the_order_updated_and_the_rest_can_be_canceled_later()
    {
        var orderId = await AuthorisedOrderAsync();

        var partial = await Api.PostAsync($"/orders/{orderId}/cancel", new JsonObject { ["total_amount"] = Money(100m) });
        var rest = await Api.PostAsync($"/orders/{orderId}/cancel", new JsonObject { ["total_amount"] = Money(187.07m) });

        Assert.That(partial.Object["status"]!.GetValue<string>(), Is.EqualTo("updated"));
        Assert.That(rest.Object["status"]!.GetValue<string>(), Is.EqualTo("canceled"));
    }

    [Test]
    public async Task Seed_cancel_request_is_accepted_verbatim_on_an_authorised_order_of_the_seed()
    {
        var orderId = await Api.CreateOrderAsync(Seeds.CheckoutRequest(NotificationUrl));
        Tamara.Approve(orderId);
        await Api.PostAsync($"/orders/{orderId}/authorise", null);

        var answer = await Api.PostAsync($"/orders/{orderId}/cancel", Seeds.Json("cancel-request"));

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK), answer.Text);
        Assert.That(answer.Object["canceled_amount"]!["amount"]!.GetValue<decimal>(), Is.EqualTo(300m));
    }

    [Test]
    public async Task Cancel_more_than_remains_is_refused_and_changes_nothing()
    {
        var orderId = await AuthorisedOrderAsync();

        var answer = await Api.PostAsync($"/orders/{orderId}/cancel", new JsonObject { ["total_amount"] = Money(287.08m) });

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(answer.ErrorCodes, Is.EqualTo(new[] { "total_amount_exceeds_cancelable_amount" }));
        Assert.That(await StatusOfAsync(orderId), Is.EqualTo("authorised"));
    }

    [Test]
    public async Task Cancel_after_a_capture_is_a_conflict_when_the_strict_seed_reading_is_chosen()
    {
        Tamara.ChangeSettings(new EmulatorSettings(CancelAfterPartialCapture: false));
        var orderId = await AuthorisedOrderAsync();
        await Api.PostAsync("/payments/capture", CaptureBody(orderId, 100m));

        var answer = await Api.PostAsync($"/orders/{orderId}/cancel", new JsonObject { ["total_amount"] = Money(50m) });

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(answer.Object["message"]!.GetValue<string>(), Does.Contain("partially_captured"));
        Assert.That(Tamara.GetOrder(orderId).CanceledAmount, Is.Zero);
    }

    [Test]
    public async Task Cancel_of_the_rest_after_a_partial_capture_answers_updated_and_leaves_the_order_fully_captured()
    {
        var orderId = await AuthorisedOrderAsync();
        await Api.PostAsync("/payments/capture", CaptureBody(orderId, 100m));

        var partial = await Api.PostAsync($"/orders/{orderId}/cancel", new JsonObject { ["total_amount"] = Money(87.07m) });
        var statusInBetween = await StatusOfAsync(orderId);
        var rest = await Api.PostAsync($"/orders/{orderId}/cancel", new JsonObject { ["total_amount"] = Money(100m) });

        Assert.That((partial.Object["status"]!.GetValue<string>(), statusInBetween), Is.EqualTo(("updated", "partially_captured")));
        Assert.That(Seeds.FieldsOf(rest.Object), Is.EqualTo(Seeds.FieldsOf(Seeds.Json("cancel-response-updated"))));
        Assert.That(rest.Object["status"]!.GetValue<string>(), Is.EqualTo("updated"));
        Assert.That(await StatusOfAsync(orderId), Is.EqualTo("fully_captured"));
        var order = Tamara.GetOrder(orderId);
        Assert.That((order.CapturedAmount, order.CanceledAmount), Is.EqualTo((100m, 187.07m)));
        await Tamara.WaitForNotificationsAsync();
        Assert.That(Tamara.Notifications.Select(notification => notification.EventType).TakeLast(2), Is.EqualTo(new[] { "order_updated", "order_updated" }));
    }

    [Test]
    public async Task After_the_rest_is_canceled_nothing_more_can_be_captured_and_refunding_the_captures_refunds_the_order_fully()
    {
        var orderId = await AuthorisedOrderAsync();
        await Api.PostAsync("/payments/capture", CaptureBody(orderId, 100m));
        await Api.PostAsync($"/orders/{orderId}/cancel", new JsonObject { ["total_amount"] = Money(187.07m) });

        var capture = await Api.PostAsync("/payments/capture", CaptureBody(orderId, 1m));
        var refund = await Api.PostAsync($"/payments/simplified-refund/{orderId}",
            new JsonObject { ["total_amount"] = Money(100m), ["comment"] = "Returned" });

        Assert.That(capture.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(refund.Object["status"]!.GetValue<string>(), Is.EqualTo("fully_refunded"));
    }

    [Test]
    public async Task Cancel_of_an_approved_order_that_is_not_authorised_is_a_conflict()
    {
        var orderId = await ApprovedOrderAsync();

        var answer = await Api.PostAsync($"/orders/{orderId}/cancel", new JsonObject { ["total_amount"] = Money(287.07m) });

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
    }

    [Test]
    public async Task Two_shipments_captured_separately_add_up_to_fully_captured()
    {
        var orderId = await AuthorisedOrderAsync();

        var first = await Api.PostAsync("/payments/capture", CaptureBody(orderId, 200m));
        var second = await Api.PostAsync("/payments/capture", CaptureBody(orderId, 87.07m));

        Assert.That(first.Object["status"]!.GetValue<string>(), Is.EqualTo("partially_captured"));
        Assert.That(second.Object["status"]!.GetValue<string>(), Is.EqualTo("fully_captured"));
        Assert.That(Seeds.FieldsOf(second.Object), Is.EqualTo(Seeds.FieldsOf(Seeds.Json("capture-response-fully-captured"))));
        var details = await Api.GetAsync($"/merchants/orders/{orderId}");
        Assert.That(details.Object["transactions"]!["captures"]!.AsArray(), Has.Count.EqualTo(2));
        Assert.That(details.Object["captured_amount"]!["amount"]!.GetValue<decimal>(), Is.EqualTo(287.07m));
    }

    [Test]
    public async Task Capture_of_more_than_remains_after_a_partial_cancel_is_refused()
    {
        var orderId = await AuthorisedOrderAsync();
        await Api.PostAsync($"/orders/{orderId}/cancel", new JsonObject { ["total_amount"] = Money(87.07m) });

        var tooMuch = await Api.PostAsync("/payments/capture", CaptureBody(orderId, 200.01m));
        var rest = await Api.PostAsync("/payments/capture", CaptureBody(orderId, 200m));

        Assert.That(tooMuch.ErrorCodes, Is.EqualTo(new[] { "total_amount_exceeds_capturable_amount" }));
        Assert.That(rest.Object["status"]!.GetValue<string>(), Is.EqualTo("fully_captured"));
    }

    [Test]
    public async Task Capture_of_a_fully_captured_order_is_a_conflict()
    {
        var orderId = await AuthorisedOrderAsync();
        await Api.PostAsync("/payments/capture", CaptureBody(orderId, 287.07m));

        var answer = await Api.PostAsync("/payments/capture", CaptureBody(orderId, 1m));

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
    }

    [Test]
    public async Task Capture_without_shipping_info_is_refused()
    {
        var orderId = await AuthorisedOrderAsync();
        var body = CaptureBody(orderId, 10m);
        body.Remove("shipping_info");

        var answer = await Api.PostAsync("/payments/capture", body);

        Assert.That(answer.ErrorCodes, Is.EqualTo(new[] { "shipping_info_is_required" }));
    }

    [Test]
    public async Task Seed_capture_request_is_accepted_verbatim_for_its_order()
    {
        var orderId = await Api.CreateOrderAsync(Seeds.CheckoutRequest(NotificationUrl));
        Tamara.Approve(orderId);
        await Api.PostAsync($"/orders/{orderId}/authorise", null);
        var capture = Seeds.Json("capture-request");
        capture["order_id"] = orderId;

        var answer = await Api.PostAsync("/payments/capture", capture);

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK), answer.Text);
        Assert.That(answer.Object["status"]!.GetValue<string>(), Is.EqualTo("fully_captured"));
    }

    [Test]
    public async Task Refund_before_any_capture_is_a_conflict()
    {
        var orderId = await AuthorisedOrderAsync();

        var answer = await Api.PostAsync($"/payments/simplified-refund/{orderId}", Seeds.Json("refund-request"));

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
    }

    [Test]
    public async Task Refunds_never_exceed_what_was_captured()
    {
        var orderId = await AuthorisedOrderAsync();
        await Api.PostAsync("/payments/capture", CaptureBody(orderId, 287.07m));

        var partial = await Api.PostAsync($"/payments/simplified-refund/{orderId}", new JsonObject
        {
            ["total_amount"] = Money(87.07m),
            ["comment"] = "Returned coffee",
            ["merchant_refund_id"] = "R-1"
        });
        var tooMuch = await Api.PostAsync($"/payments/simplified-refund/{orderId}", new JsonObject
        {
            ["total_amount"] = Money(200.01m),
            ["comment"] = "Too much"
        });
        var rest = await Api.PostAsync($"/payments/simplified-refund/{orderId}", new JsonObject
        {
            ["total_amount"] = Money(200m),
            ["comment"] = "Rest"
        });

        Assert.That(partial.Object["status"]!.GetValue<string>(), Is.EqualTo("partially_refunded"));
        Assert.That(Seeds.FieldsOf(partial.Object), Is.SupersetOf(Seeds.FieldsOf(Seeds.Json("refund-response"))));
        Assert.That(tooMuch.ErrorCodes, Is.EqualTo(new[] { "total_amount_exceeds_refundable_amount" }));
        Assert.That(rest.Object["status"]!.GetValue<string>(), Is.EqualTo("fully_refunded"));
        var refunds = (await Api.GetAsync($"/merchants/orders/{orderId}")).Object["transactions"]!["refunds"]!.AsArray();
        Assert.That(refunds[0]!["merchant_refund_id"]!.GetValue<string>(), Is.EqualTo("R-1"));
    }

    [Test]
    public async Task Order_reference_id_can_be_changed_and_found_by_the_new_one()
    {
        var orderId = await Api.CreateOrderAsync(CheckoutRequests.Sar());

        var answer = await Api.PutAsync($"/orders/{orderId}/reference-id", Seeds.Json("reference-id-request"));
        var found = await Api.GetAsync($"/merchants/orders/reference-id/{Uri.EscapeDataString("New Reference ID Here")}");

        Assert.That(answer.Object.ToJsonString(), Is.EqualTo(Seeds.Json("reference-id-response").ToJsonString()));
        Assert.That(found.Object["order_id"]!.GetValue<string>(), Is.EqualTo(orderId));
    }

    [Test]
    public async Task Reference_moved_away_from_the_newest_order_finds_the_older_one_again()
    {
        var request = CheckoutRequests.Sar();
        request["order_reference_id"] = "ref-shared";
        var older = await Api.CreateOrderAsync(request);
        var newer = await Api.CreateOrderAsync(request.DeepClone().AsObject());

        var beforeMove = await Api.GetAsync("/merchants/orders/reference-id/ref-shared");
        await Api.PutAsync($"/orders/{newer}/reference-id", new JsonObject { ["order_reference_id"] = "ref-moved" });
        var afterMove = await Api.GetAsync("/merchants/orders/reference-id/ref-shared");
        var moved = await Api.GetAsync("/merchants/orders/reference-id/ref-moved");

        Assert.That(beforeMove.Object["order_id"]!.GetValue<string>(), Is.EqualTo(newer));
        Assert.That(afterMove.Object["order_id"]!.GetValue<string>(), Is.EqualTo(older));
        Assert.That(moved.Object["order_id"]!.GetValue<string>(), Is.EqualTo(newer));
    }

    [Test]
    public async Task Timers_still_fire_for_an_order_created_after_the_clock_was_read()
    {
        var first = await Api.CreateOrderAsync(CheckoutRequests.Sar());
        Tamara.AdvanceClock(TimeSpan.FromMinutes(20));
        var second = await Api.CreateOrderAsync(CheckoutRequests.Sar());

        Tamara.AdvanceClock(TimeSpan.FromMinutes(15));
        var afterFirstExpiry = (await StatusOfAsync(first), await StatusOfAsync(second));
        Tamara.AdvanceClock(TimeSpan.FromMinutes(15));

        Assert.That(afterFirstExpiry, Is.EqualTo(("expired", "new")));
        Assert.That(await StatusOfAsync(second), Is.EqualTo("expired"));
    }

    [Test]
    public async Task Order_details_carry_every_field_the_client_reads()
    {
        var orderId = await AuthorisedOrderAsync();

        var details = (await Api.GetAsync($"/merchants/orders/{orderId}")).Object;

        Assert.That(Seeds.FieldsOf(details), Is.SupersetOf(new[]
        {
            "order_id", "order_reference_id", "order_number", "consumer", "status", "billing_address", "shipping_address", "payment_type",
            "instalments", "total_amount", "captured_amount", "refunded_amount", "canceled_amount", "tax_amount", "shipping_amount",
            "discount_amount", "items", "settlement_status", "settlement_date", "created_at", "transactions"
        }));
        Assert.That(details["discount_amount"]!["amount"]!["amount"]!.GetValue<decimal>(), Is.EqualTo(5m));
    }

    [Test]
    public async Task Statuses_never_move_back_an_expired_order_cannot_be_approved()
    {
        var orderId = await Api.CreateOrderAsync(CheckoutRequests.Sar());
        Tamara.Expire(orderId);

        var approve = await Api.Http.PostAsync($"_emulator/orders/{orderId}/approve", null);

        Assert.That(approve.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(await StatusOfAsync(orderId), Is.EqualTo("expired"));
        Assert.That(Tamara.GetOrder(orderId).History.Select(change => change.To), Is.EqualTo(new[] { "new", "expired" }));
    }
}
