using Nop.Plugin.Payments.Tamara.Api;
using Nop.Plugin.Payments.Tamara.Api.Models;
using Tamara.Emulator.Control;
using Tamara.Emulator.Faults;

namespace Tamara.Emulator.Tests.Client;

/// <summary>Every endpoint of the plugin's client against the emulator.</summary>
public sealed class PluginClientEndpointTests : PluginClientTest
{
    [Test]
    public async Task Checkout_session_built_by_the_client_is_accepted_with_every_field_on_the_wire()
    {
        var request = SarSession(NotificationUrl);

        var session = await Client.Checkout.CreateSessionAsync(request);

        Assert.That(session.Status, Is.EqualTo(TamaraOrderStatus.New));
        Assert.That(session.CheckoutUrl, Does.StartWith($"{Tamara.BaseUrl}/hosted/checkout/{session.CheckoutId}"));
        var order = Tamara.GetOrder(session.OrderId);
        Assert.That((order.TotalAmount, order.Instalments, order.OrderReferenceId, order.NotificationUrl),
            Is.EqualTo((287.07m, (int?)3, request.OrderReferenceId, NotificationUrl)));
    }

    [Test]
    public async Task Kuwaiti_dinar_session_built_by_the_client_keeps_three_decimals()
    {
        static Money Kwd(decimal amount) => new(amount, "KWD");
        var request = SarSession();
        request.CountryCode = "KW";
        request.TotalAmount = Kwd(26.925m);
        request.ShippingAmount = Kwd(1.500m);
        request.TaxAmount = Kwd(1.235m);
        request.Discount = null;
        request.Items = [new OrderItem
        {
            Name = "Oud", Type = "Physical", ReferenceId = "OUD-1", Sku = "OUD-1", Quantity = 2,
            UnitPrice = Kwd(12.345m), DiscountAmount = Kwd(0.500m), TaxAmount = Kwd(1.235m), TotalAmount = Kwd(24.190m)
        }];
        request.Consumer.PhoneNumber = "+96550012345";
        request.ShippingAddress!.CountryCode = "KW";
        request.ShippingAddress.PhoneNumber = "50012345";
        request.BillingAddress = null;

        var session = await Client.Checkout.CreateSessionAsync(request);
        var details = await Client.Orders.GetAsync(session.OrderId);

        Assert.That(details.TotalAmount, Is.EqualTo(new Money(26.925m, "KWD")));
    }

    [Test]
    public async Task Refused_session_gives_the_error_codes_to_the_caller()
    {
        var request = SarSession();
        request.TotalAmount = Sar(287.08m);

        var exception = Assert.ThrowsAsync<TamaraApiException>(() => Client.Checkout.CreateSessionAsync(request));

        Assert.That(exception!.StatusCode, Is.EqualTo(400));
        Assert.That(exception.HasErrorCode("total_amount_mismatch"), Is.True);
        Assert.That(exception.Errors.First().Data["expected_total_amount"], Does.Contain("287.07"));
    }

    [Test]
    public async Task Payment_types_and_pre_check_describe_the_merchants_plans()
    {
        var types = await Client.Checkout.GetPaymentTypesAsync(new PaymentTypesRequest { Country = "SA", Currency = "SAR" });
        var preCheck = await Client.Checkout.PreCheckPaymentOptionsAsync(new PaymentOptionsPreCheckRequest
        {
            Country = "SA", OrderValue = Sar(287.07m), PhoneNumber = "532298658"
        });

        var instalments = types.Single(type => type.Name == TamaraPaymentType.PayByInstalments);
        Assert.That(instalments.SupportedInstalments.Select(plan => plan.Instalments), Is.EqualTo(Tamara.Options.Instalments));
        Assert.That(instalments.MaxLimit, Is.EqualTo(new Money(Tamara.Options.MaxLimit, "SAR")));
        Assert.That(preCheck.HasAvailablePaymentOptions, Is.True);
        Assert.That(preCheck.AvailablePaymentLabels.First().DescriptionEn, Is.EqualTo("Split in 3, interest-free"));
    }

    [Test]
    public async Task Payment_types_for_an_order_value_above_the_limit_are_none()
    {
        var types = await Client.Checkout.GetPaymentTypesAsync(new PaymentTypesRequest
        {
            Country = "SA", Currency = "SAR", OrderValue = Tamara.Options.MaxLimit + 0.01m
        });

        Assert.That(types, Is.Empty);
    }

    [Test]
    public void Payment_types_in_the_currency_of_another_country_are_refused()
    {
        var exception = Assert.ThrowsAsync<TamaraApiException>(() =>
            Client.Checkout.GetPaymentTypesAsync(new PaymentTypesRequest { Country = "SA", Currency = "KWD" }));

        Assert.That(exception!.HasErrorCode("currency_unsupported"), Is.True);
    }

    [Test]
    public async Task Pre_check_above_the_limit_has_no_options()
    {
        var preCheck = await Client.Checkout.PreCheckPaymentOptionsAsync(new PaymentOptionsPreCheckRequest
        {
            Country = "SA", OrderValue = Sar(Tamara.Options.MaxLimit + 1)
        });

        Assert.That(preCheck.HasAvailablePaymentOptions, Is.False);
    }

    [Test]
    public async Task Whole_journey_authorise_two_captures_and_a_refund_reads_back_in_order_details()
    {
        var orderId = await ApprovedThroughClientAsync();

        var authorised = await Client.Orders.AuthoriseAsync(orderId);
        var firstCapture = await Client.Payments.CaptureAsync(Capture(orderId, 200m));
        var secondCapture = await Client.Payments.CaptureAsync(Capture(orderId, 87.07m));
        var refund = await Client.Payments.SimplifiedRefundAsync(orderId, new SimplifiedRefundRequest
        {
            TotalAmount = Sar(50m), Comment = "Returned coffee", MerchantRefundId = "R-1"
        });
        var details = await Client.Orders.GetAsync(orderId);

        Assert.That((authorised.Status, authorised.AutoCaptured, authorised.AuthorizedAmount), Is.EqualTo((TamaraOrderStatus.Authorised, false, Sar(287.07m))));
        Assert.That((firstCapture.Status, secondCapture.Status), Is.EqualTo((TamaraOrderStatus.PartiallyCaptured, TamaraOrderStatus.FullyCaptured)));
        Assert.That((refund.Status, refund.RefundedAmount, refund.CaptureId), Is.EqualTo((TamaraOrderStatus.PartiallyRefunded, Sar(50m), secondCapture.CaptureId)));
        Assert.That(details.Status, Is.EqualTo(TamaraOrderStatus.PartiallyRefunded));
        Assert.That((details.CapturedAmount, details.RefundedAmount, details.CanceledAmount), Is.EqualTo((Sar(287.07m), Sar(50m), Sar(0m))));
        Assert.That(details.Transactions.Captures, Has.Count.EqualTo(2));
        Assert.That(details.Transactions.Refunds, Has.Count.EqualTo(1));
        Assert.That((details.PaymentType, details.Instalments, details.Items.Count), Is.EqualTo(((TamaraPaymentType?)TamaraPaymentType.PayByInstalments, (int?)3, 2)));
        Assert.That(details.DiscountAmount!.Amount, Is.EqualTo(Sar(5m)));
    }

    [Test]
    public async Task Authorise_on_an_auto_capture_account_reads_as_fully_captured()
    {
        Tamara.ChangeSettings(new EmulatorSettings(AutoCaptureAtAuthorise: true));
        var orderId = await ApprovedThroughClientAsync();

        var authorised = await Client.Orders.AuthoriseAsync(orderId);

        Assert.That((authorised.Status, authorised.AutoCaptured), Is.EqualTo((TamaraOrderStatus.FullyCaptured, true)));
        Assert.That(authorised.CaptureId, Is.Not.Empty);
    }

    [Test]
    public async Task Second_authorise_is_the_clients_conflict_outcome()
    {
        var orderId = await ApprovedThroughClientAsync();
        await Client.Orders.AuthoriseAsync(orderId);

        Assert.ThrowsAsync<TamaraConflictException>(() => Client.Orders.AuthoriseAsync(orderId));
    }

    [Test]
    public async Task Partial_then_full_cancel_reads_updated_then_canceled()
    {
        var orderId = await ApprovedThroughClientAsync();
        await Client.Orders.AuthoriseAsync(orderId);

        var partial = await Client.Orders.CancelAsync(orderId, new CancelOrderRequest { TotalAmount = Sar(87.07m) });
        var rest = await Client.Orders.CancelAsync(orderId, new CancelOrderRequest { TotalAmount = Sar(200m) });

        Assert.That((partial.Status, rest.Status), Is.EqualTo((TamaraOrderStatus.Updated, TamaraOrderStatus.Canceled)));
        Assert.That(rest.CanceledAmount, Is.EqualTo(Sar(200m)));
    }

    [Test]
    public async Task Cancel_of_the_rest_after_a_capture_reads_updated_and_the_order_then_reads_fully_captured()
    {
        var orderId = await ApprovedThroughClientAsync();
        await Client.Orders.AuthoriseAsync(orderId);
        await Client.Payments.CaptureAsync(Capture(orderId, 100m));

        var rest = await Client.Orders.CancelAsync(orderId, new CancelOrderRequest { TotalAmount = Sar(187.07m) });

        var details = await Client.Orders.GetAsync(orderId);
        Assert.That((rest.Status, details.Status), Is.EqualTo((TamaraOrderStatus.Updated, TamaraOrderStatus.FullyCaptured)));
        Assert.That((details.CapturedAmount, details.CanceledAmount), Is.EqualTo((Sar(100m), Sar(187.07m))));
    }

    [Test]
    public async Task Cancel_after_capture_is_the_clients_conflict_outcome_when_the_strict_seed_reading_is_chosen()
    {
        Tamara.ChangeSettings(new EmulatorSettings(CancelAfterPartialCapture: false));
        var orderId = await ApprovedThroughClientAsync();
        await Client.Orders.AuthoriseAsync(orderId);
        await Client.Payments.CaptureAsync(Capture(orderId, 100m));

        Assert.ThrowsAsync<TamaraConflictException>(() => Client.Orders.CancelAsync(orderId, new CancelOrderRequest { TotalAmount = Sar(187.07m) }));
    }

    [Test]
    public async Task Order_is_found_by_its_new_reference_id()
    {
        var orderId = await ApprovedThroughClientAsync();

        var message = await Client.Orders.UpdateReferenceIdAsync(orderId, new UpdateReferenceIdRequest { OrderReferenceId = "nop-1001-b" });
        var details = await Client.Orders.GetByReferenceIdAsync("nop-1001-b");

        Assert.That(message.Message, Is.EqualTo("Order reference id was updated successfully"));
        Assert.That(details.OrderId, Is.EqualTo(orderId));
    }

    [Test]
    public async Task Merchant_configs_give_the_public_key()
    {
        var configs = await Client.Merchant.GetConfigsAsync();

        Assert.That(configs.PublicKey, Is.EqualTo(Tamara.Options.PublicKey));
    }

    [Test]
    public async Task Webhook_registered_twice_keeps_its_id_and_can_be_read_changed_and_deleted()
    {
        var request = new WebhookRequest { Url = NotificationUrl, Events = [TamaraWebhookEvents.OrderApproved] };

        var first = await Client.Webhooks.RegisterAsync(request);
        var second = await Client.Webhooks.RegisterAsync(request);
        var updated = await Client.Webhooks.UpdateAsync(first.WebhookId, new WebhookRequest
        {
            Url = NotificationUrl, Events = [TamaraWebhookEvents.OrderApproved, TamaraWebhookEvents.OrderAuthorised]
        });
        var read = await Client.Webhooks.GetAsync(first.WebhookId);
        await Client.Webhooks.DeleteAsync(first.WebhookId);

        Assert.That((first.AlreadyRegistered, second.AlreadyRegistered, second.WebhookId), Is.EqualTo((false, true, first.WebhookId)));
        Assert.That(updated.Events, Is.EqualTo(new[] { "order_approved", "order_authorised" }));
        Assert.That(read.Url, Is.EqualTo(NotificationUrl));
        var gone = Assert.ThrowsAsync<TamaraApiException>(() => Client.Webhooks.GetAsync(first.WebhookId));
        Assert.That(gone!.IsNotFound, Is.True);
    }

    [Test]
    public void Unknown_order_is_the_clients_not_found()
    {
        var exception = Assert.ThrowsAsync<TamaraApiException>(() => Client.Orders.GetAsync(Guid.NewGuid().ToString()));

        Assert.That(exception!.IsNotFound, Is.True);
    }

    [Test]
    public void Wrong_api_token_is_the_clients_authentication_failure()
    {
        var stranger = CreateClient("not-this-merchant");

        var exception = Assert.ThrowsAsync<TamaraApiException>(() => stranger.Merchant.GetConfigsAsync());

        Assert.That(exception!.IsAuthenticationFailure, Is.True);
    }

    [Test]
    public async Task Injected_503_reaches_the_client_as_an_api_error()
    {
        var orderId = await ApprovedThroughClientAsync();
        Tamara.InjectFault(EmulatedEndpoint.Authorise, FaultMode.ServiceUnavailable);

        var exception = Assert.ThrowsAsync<TamaraApiException>(() => Client.Orders.AuthoriseAsync(orderId));

        Assert.That(exception!.StatusCode, Is.EqualTo(503));
        Assert.That(Tamara.GetOrder(orderId).Status, Is.EqualTo("approved"));
    }

    [Test]
    public async Task Dropped_connection_is_the_clients_connection_error()
    {
        var orderId = await ApprovedThroughClientAsync();
        Tamara.InjectFault(EmulatedEndpoint.Capture, FaultMode.DropConnection);
        await Client.Orders.AuthoriseAsync(orderId);

        Assert.ThrowsAsync<TamaraConnectionException>(() => Client.Payments.CaptureAsync(Capture(orderId, 10m)));
        Assert.That(Tamara.GetOrder(orderId).CapturedAmount, Is.EqualTo(0m));
    }

    [Test]
    public async Task Slow_authorise_is_the_clients_timeout_and_a_re_read_shows_it_was_done()
    {
        var orderId = await ApprovedThroughClientAsync();
        Tamara.InjectFault(EmulatedEndpoint.Authorise, FaultMode.Delay);
        var impatient = CreateClient(Tamara.ApiToken, orderTimeout: TimeSpan.FromMilliseconds(300));

        Assert.ThrowsAsync<TamaraTimeoutException>(() => impatient.Orders.AuthoriseAsync(orderId));

        Assert.That((await Client.Orders.GetAsync(orderId)).Status, Is.EqualTo(TamaraOrderStatus.Authorised));
    }
}
