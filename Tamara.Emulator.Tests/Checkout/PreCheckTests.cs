using System.Net;
using System.Text.Json.Nodes;
using NUnit.Framework;
using Tamara.Emulator.Tests.Support;

namespace Tamara.Emulator.Tests.Checkout;

/// <summary>The pre-check's limits, refused phones and single-checkout switch, changed through the control API.</summary>
[TestFixture]
public class PreCheckTests : EmulatorTest
{
    private async Task<JsonObject> PreCheckAsync(decimal amount, string? phone = "0566027755")
    {
        var body = new JsonObject { ["country"] = "SA", ["order_value"] = Money(amount), ["is_vip"] = false };
        if (phone is not null)
            body["phone_number"] = phone;

        var answer = await Api.PostAsync("/checkout/payment-options-pre-check", body);
        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK), answer.Text);
        return answer.Object;
    }

    [Test]
    public async Task Pre_check_offers_options_within_the_limits_only()
    {
        var within = await PreCheckAsync(500m);
        var above = await PreCheckAsync(10000.01m);

        Assert.That(((bool)within["has_available_payment_options"]!, (bool)above["has_available_payment_options"]!), Is.EqualTo((true, false)));
        Assert.That(above["available_payment_labels"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task A_refused_phone_gets_no_options_in_any_spelling()
    {
        var settings = await Api.PutAsync("/_emulator/settings", new JsonObject { ["no_options_phone_numbers"] = new JsonArray("+966 56 602 7755") });
        Assert.That(settings.StatusCode, Is.EqualTo(HttpStatusCode.OK), settings.Text);

        var refused = await PreCheckAsync(500m, "0566027755");
        var other = await PreCheckAsync(500m, "0501234567");
        var unknownPhone = await PreCheckAsync(500m, phone: null);

        Assert.That(new[] { refused, other, unknownPhone }.Select(answer => (bool)answer["has_available_payment_options"]!), Is.EqualTo(new[] { false, true, true }));
    }

    [Test]
    public async Task Single_checkout_switch_shows_in_the_pre_check_and_lets_a_session_leave_out_the_plan()
    {
        var sessionWithoutPlan = CheckoutRequests.Sar(NotificationUrl);
        sessionWithoutPlan.Remove("payment_type");
        sessionWithoutPlan.Remove("instalments");

        var refusedWhileOff = await Api.PostAsync("/checkout", sessionWithoutPlan.DeepClone());
        await Api.PutAsync("/_emulator/settings", new JsonObject { ["single_checkout_enabled"] = true });
        var preCheck = await PreCheckAsync(500m);
        var orderId = await Api.CreateOrderAsync(sessionWithoutPlan);

        Assert.Multiple(() =>
        {
            Assert.That(refusedWhileOff.ErrorCodes, Does.Contain("payment_type_is_required"));
            Assert.That((bool)preCheck["single_checkout_enabled"]!, Is.True);
            Assert.That(Tamara.GetOrder(orderId).PlanChosenOnTamaraPage, Is.True);
            Assert.That((Tamara.GetOrder(orderId).PaymentType, Tamara.GetOrder(orderId).Instalments), Is.EqualTo(("PAY_BY_INSTALMENTS", (int?)3)),
                "the emulated shopper takes the first instalments offered");
        });
    }
}
