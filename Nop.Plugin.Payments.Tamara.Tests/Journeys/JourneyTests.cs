using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Payments.Tamara.Tests.Support.Journeys;
using NUnit.Framework;
using Tamara.Emulator;
using Tamara.Emulator.Notifications;

namespace Nop.Plugin.Payments.Tamara.Tests.Journeys;

/// <summary>
/// Whole journeys, end to end: the plugin's real services, controllers and client in a store on loopback, nopCommerce's services as
/// the in-memory fakes, Tamara as the emulator. Each journey ends by comparing the store's books with Tamara's.
/// </summary>
[TestFixture]
[Category("Journeys")]
public class JourneyTests
{
    private static readonly TimeSpan _twentyOneDays = TimeSpan.FromDays(21) + TimeSpan.FromMinutes(1);

    [Test]
    public async Task Happy_path_checkout_approval_notification_shipment_capture_partial_and_full_refund()
    {
        await using var journey = await Journey.BeginAsync("happy path");
        var order = journey.ShopperPlacesOrder();

        await journey.ShopperPaysWithTamaraAsync(order);
        await journey.ShopperPressesAsync(order, CheckoutDecision.Approve);
        await journey.TamaraNotifiesAsync();
        Assert.That(journey.LastStorePage, Does.Contain($"Order {order.Id} completed"));
        journey.Expect(order, PaymentStatus.Authorized, "authorised");

        await journey.StoreShipsAsync(order, 2);
        journey.Expect(order, PaymentStatus.Paid, "fully_captured");

        await journey.AdminRefundsAsync(order, 50m);
        journey.Expect(order, PaymentStatus.PartiallyRefunded, "partially_refunded");
        await journey.AdminRefundsRestAsync(order);
        journey.Expect(order, PaymentStatus.Refunded, "fully_refunded");

        await journey.BooksBalanceAsync();
    }

    [Test]
    public async Task Tamara_declines_and_the_order_is_cancelled_with_nothing_held()
    {
        await using var journey = await Journey.BeginAsync("decline");
        var order = journey.ShopperPlacesOrder();

        await journey.ShopperPaysWithTamaraAsync(order);
        await journey.ShopperPressesAsync(order, CheckoutDecision.Decline);
        await journey.TamaraNotifiesAsync();

        Assert.That(journey.LastStorePage, Does.Contain($"Order {order.Id} details"));
        journey.Expect(order, PaymentStatus.Pending, "declined", OrderStatus.Cancelled);
        await journey.BooksBalanceAsync();
    }

    [Test]
    public async Task Shopper_cancels_on_Tamaras_page_the_order_waits_then_expires_after_30_minutes()
    {
        await using var journey = await Journey.BeginAsync("shopper cancels");
        var order = journey.ShopperPlacesOrder();

        await journey.ShopperPaysWithTamaraAsync(order);
        await journey.ShopperPressesAsync(order, CheckoutDecision.Cancel);
        journey.Expect(order, PaymentStatus.Pending, "new", OrderStatus.Pending);

        await journey.TimePassesAsync(TimeSpan.FromMinutes(31));
        journey.Expect(order, PaymentStatus.Pending, "expired", OrderStatus.Cancelled);
        await journey.BooksBalanceAsync();
    }

    [Test]
    public async Task Session_left_open_expires_after_30_minutes_on_Tamaras_clock_and_the_order_is_cancelled()
    {
        await using var journey = await Journey.BeginAsync("session expires");
        var order = journey.ShopperPlacesOrder();
        await journey.ShopperPaysWithTamaraAsync(order);

        await journey.TimePassesAsync(TimeSpan.FromMinutes(29));
        journey.Expect(order, PaymentStatus.Pending, "new", OrderStatus.Pending);
        await journey.TimePassesAsync(TimeSpan.FromMinutes(2));
        journey.Expect(order, PaymentStatus.Pending, "expired", OrderStatus.Cancelled);
        await journey.BooksBalanceAsync();
    }

    [Test]
    public async Task Notification_lost_and_shopper_never_returns_then_the_schedule_task_authorises()
    {
        await using var journey = await Journey.BeginAsync("notification lost");
        var order = journey.ShopperPlacesOrder();
        await journey.ShopperPaysWithTamaraAsync(order);

        await journey.StoreIsDownWhileAsync("the shopper approves on Tamara's page and closes the browser",
            () => Task.FromResult(journey.Tamara.Approve(journey.Store.Reload(order).AuthorizationTransactionId)));
        journey.Expect(order, PaymentStatus.Pending, "approved");

        await journey.ScheduleTaskRunsAsync();
        journey.Expect(order, PaymentStatus.Authorized, "authorised");
        await journey.BooksBalanceAsync();
    }

    [Test]
    public async Task Nothing_shipped_for_21_days_Tamara_auto_captures_and_the_order_becomes_paid()
    {
        await using var journey = await Journey.BeginAsync("auto-capture after 21 days");
        var order = await journey.ShopperBuysWithTamaraAsync();
        journey.Expect(order, PaymentStatus.Authorized, "authorised");

        await journey.TimePassesAsync(_twentyOneDays);
        await journey.ScheduleTaskRunsAsync();

        journey.Expect(order, PaymentStatus.Paid, "fully_captured");
        await journey.BooksBalanceAsync();
    }

    [Test]
    public async Task Merchant_account_with_auto_capture_the_order_arrives_fully_captured_and_paid()
    {
        await using var journey = await Journey.BeginAsync("auto-authorisation", options: () => new TamaraEmulatorOptions { AutoCaptureAtAuthorise = true });
        var order = await journey.ShopperBuysWithTamaraAsync();
        journey.Expect(order, PaymentStatus.Paid, "fully_captured");

        await journey.StoreShipsAsync(order, 2);
        await journey.AdminRefundsAsync(order, 71m);
        journey.Expect(order, PaymentStatus.PartiallyRefunded, "partially_refunded");
        await journey.BooksBalanceAsync();
    }

    [Test]
    public async Task Two_partial_shipments_are_captured_one_by_one_and_the_second_completes_the_order()
    {
        await using var journey = await Journey.BeginAsync("two partial shipments");
        var order = await journey.ShopperBuysWithTamaraAsync();

        await journey.StoreShipsAsync(order, 1);
        journey.Expect(order, PaymentStatus.Authorized, "partially_captured");
        await journey.StoreShipsAsync(order, 1);
        journey.Expect(order, PaymentStatus.Paid, "fully_captured");
        await journey.BooksBalanceAsync();
    }

    [Test]
    public async Task Order_cancelled_before_shipment_is_cancelled_at_Tamara_and_nothing_is_captured()
    {
        await using var journey = await Journey.BeginAsync("cancel before shipment");
        var order = await journey.ShopperBuysWithTamaraAsync();

        await journey.AdminCancelsAsync(order);
        await journey.TamaraNotifiesAsync();

        journey.Expect(order, PaymentStatus.Voided, "canceled", OrderStatus.Cancelled);
        await journey.TimePassesAsync(_twentyOneDays);
        await journey.BooksBalanceAsync();
    }

    [Test]
    public async Task Order_cancelled_after_its_first_shipment_keeps_what_was_captured_and_releases_the_rest()
    {
        await using var journey = await Journey.BeginAsync("cancel after the first shipment");
        var order = await journey.ShopperBuysWithTamaraAsync();
        await journey.StoreShipsAsync(order, 1);

        await journey.AdminCancelsAsync(order);
        await journey.TamaraNotifiesAsync();

        Assert.That(journey.Store.Reload(order).PaymentStatus, Is.Not.EqualTo(PaymentStatus.Authorized), $"the store can reach the refund of what was captured:\n{journey.Story}");
        await journey.BooksBalanceAsync();
    }

    [Test]
    public async Task Offline_refund_kept_out_of_Tamara_then_the_rest_refunded_sends_only_the_rest()
    {
        await using var journey = await Journey.BeginAsync("offline refund kept out, then the rest");
        journey.Store.SettingsOf().SendOfflineRefundsToTamara = false;
        var order = await journey.ShopperBuysWithTamaraAsync();
        await journey.StoreShipsAsync(order, 2);

        await journey.AdminRefundsOfflineAsync(order, 50m);
        await journey.AdminRefundsRestAsync(order);

        Assert.That(journey.Tamara.GetOrder(journey.Store.Reload(order).AuthorizationTransactionId).RefundedAmount, Is.EqualTo(221m), journey.Story);
        await journey.BooksBalanceAsync();
    }

    [Test]
    public async Task Order_deleted_after_authorisation_is_cancelled_at_Tamara_and_never_captured()
    {
        await using var journey = await Journey.BeginAsync("order deleted");
        var order = await journey.ShopperBuysWithTamaraAsync();

        await journey.AdminDeletesAsync(order);
        await journey.TimePassesAsync(_twentyOneDays);
        await journey.ScheduleTaskRunsAsync();

        Assert.That(journey.Tamara.GetOrder(journey.Store.Reload(order).AuthorizationTransactionId).CapturedAmount, Is.Zero, journey.Story);
        await journey.BooksBalanceAsync();
    }

    [Test]
    public async Task Kwd_order_at_a_currency_rate_goes_through_with_three_digit_amounts()
    {
        await using var journey = await Journey.BeginAsync("KWD order");
        var order = await journey.ShopperBuysWithTamaraAsync("KWD", rate: 0.0819m);
        var tamaraOrder = journey.Tamara.GetOrder(journey.Store.Reload(order).AuthorizationTransactionId);
        Assert.That((tamaraOrder.Currency, tamaraOrder.TotalAmount), Is.EqualTo(("KWD", 22.195m)));

        await journey.StoreShipsAsync(order, 1);
        await journey.StoreShipsAsync(order, 1);
        journey.Expect(order, PaymentStatus.Paid, "fully_captured");
        await journey.AdminRefundsAsync(order, 50m);
        await journey.AdminRefundsRestAsync(order);
        journey.Expect(order, PaymentStatus.Refunded, "fully_refunded");
        await journey.BooksBalanceAsync();
    }

    [Test]
    public async Task Arabic_session_shows_Tamaras_page_right_to_left_and_goes_through()
    {
        await using var journey = await Journey.BeginAsync("Arabic session");
        var order = await journey.ShopperBuysWithTamaraAsync(arabic: true);

        Assert.That(journey.LastTamaraPage, Does.Contain("dir=\"rtl\"").And.Contain("lang=\"ar\""));
        Assert.That(journey.Tamara.GetOrder(journey.Store.Reload(order).AuthorizationTransactionId).Locale, Is.EqualTo("ar_SA"));
        journey.Expect(order, PaymentStatus.Authorized, "authorised");
        await journey.StoreShipsAsync(order, 2);
        journey.Expect(order, PaymentStatus.Paid, "fully_captured");
        await journey.BooksBalanceAsync();
    }

    [Test]
    public async Task Two_stores_with_two_merchants_each_order_goes_to_its_own_merchant()
    {
        await using var journey = await Journey.BeginAsync("two stores, two merchants", stores: 2);
        var first = journey.ShopperPlacesOrder(storeId: 1);
        var second = journey.ShopperPlacesOrder(storeId: 2);

        foreach (var order in new[] { first, second })
        {
            await journey.ShopperPaysWithTamaraAsync(order);
            await journey.ShopperPressesAsync(order, CheckoutDecision.Approve);
        }
        await journey.TamaraNotifiesAsync();
        await journey.StoreShipsAsync(first, 2);
        await journey.StoreShipsAsync(second, 1);
        await journey.AdminRefundsAsync(first, 20m);

        journey.Expect(first, PaymentStatus.PartiallyRefunded, "partially_refunded");
        journey.Expect(second, PaymentStatus.Authorized, "partially_captured");
        await journey.BooksBalanceAsync();

        Assert.Multiple(() =>
        {
            Assert.That(journey.Merchants[0].Orders.Select(order => order.OrderReferenceId), Is.EqualTo(new[] { first.OrderGuid.ToString() }));
            Assert.That(journey.Merchants[1].Orders.Select(order => order.OrderReferenceId), Is.EqualTo(new[] { second.OrderGuid.ToString() }));
            Assert.That(journey.Merchants.SelectMany(merchant => merchant.Notifications).Select(notification => notification.State),
                Is.All.EqualTo(DeliveryState.Delivered), "each store takes its own merchant's notifications");
            Assert.That(journey.Merchants.SelectMany(merchant => merchant.Notifications).SelectMany(notification => notification.Attempts)
                .Select(attempt => attempt.StatusCode), Has.None.EqualTo(401), "each store verifies its own merchant's notification token");
        });
    }
}
