using System.Text.RegularExpressions;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using NUnit.Framework;
using Tamara.Emulator;

namespace Nop.Plugin.Payments.Tamara.Tests.Support.Journeys;

/// <summary>
/// A story told in steps: a shopper, a store running the plugin's real services, and Tamara (the emulator on loopback, one per
/// merchant). Each step says what a person or a system does; the journey keeps the story so a failure says where it went wrong.
/// <code>
/// await using var journey = await Journey.BeginAsync("happy path");
/// var order = journey.ShopperPlacesOrder();
/// await journey.ShopperPaysWithTamaraAsync(order);
/// await journey.ShopperPressesAsync(order, CheckoutDecision.Approve);
/// await journey.StoreShipsAsync(order, 2);
/// await journey.BooksBalanceAsync();
/// </code>
/// </summary>
public sealed class Journey : IAsyncDisposable
{
    #region Fields

    private readonly List<string> _story = [];
    private readonly Dictionary<int, string> _checkoutUrls = new();
    private readonly TamaraEmulatorHost[] _merchants;

    #endregion

    #region Ctor

    private Journey(string name, JourneyStore store, TamaraEmulatorHost[] merchants)
    {
        Name = name;
        Store = store;
        _merchants = merchants;
    }

    #endregion

    #region Properties

    public string Name { get; }

    public JourneyStore Store { get; }

    /// <summary>
    /// Gets Tamara as the first store's merchant sees it
    /// </summary>
    public TamaraEmulatorHost Tamara => _merchants[0];

    public IReadOnlyList<TamaraEmulatorHost> Merchants => _merchants;

    /// <summary>
    /// Gets the last page the shopper saw: Tamara's hosted checkout page, or the store's page after the return
    /// </summary>
    public string LastTamaraPage { get; private set; } = string.Empty;

    public string LastStorePage { get; private set; } = string.Empty;

    public string Story => string.Join(Environment.NewLine, _story.Select((step, index) => $"  {index + 1}. {step}"));

    #endregion

    #region Utilities

    private void Tell(string step) => _story.Add(step);

    /// <summary>
    /// Waits until every merchant's notifications so far are delivered (or given up after their retries). Each person's step
    /// starts with it: a notification still being handled holds the order's lock, which an admin's request waits for only
    /// briefly, so on a busy machine the step would otherwise be queued instead of done
    /// </summary>
    private async Task NotificationsHandledAsync()
    {
        foreach (var merchant in _merchants)
            await merchant.WaitForNotificationsAsync();
    }

    private static async Task<TamaraEmulatorHost> StartMerchantAsync(int index, TamaraEmulatorOptions? options)
    {
        options ??= new TamaraEmulatorOptions();
        options.FreezeClock = true;
        options.StrictTotals = true;
        options.NotificationRetryDelay = TimeSpan.FromMilliseconds(50);
        options.NotificationTimeout = TimeSpan.FromSeconds(10);
        if (index > 0)
        {
            options.ApiToken = $"merchant-{index + 1}-api-token";
            options.NotificationToken = $"merchant-{index + 1}-notification-token";
        }

        return await TamaraEmulatorHost.StartAsync(options);
    }

    #endregion

    #region Methods

    /// <summary>
    /// Opens a store with one merchant at Tamara per store (store 1, 2 ...), each merchant an emulator of its own
    /// </summary>
    public static async Task<Journey> BeginAsync(string name, int stores = 1, Func<TamaraEmulatorOptions>? options = null)
    {
        var merchants = new TamaraEmulatorHost[stores];
        for (var index = 0; index < stores; index++)
            merchants[index] = await StartMerchantAsync(index, options?.Invoke());
        return new Journey(name, await JourneyStore.OpenAsync(merchants), merchants);
    }

    public Order ShopperPlacesOrder(string currency = "SAR", decimal rate = 1m, int storeId = 1, bool arabic = false)
    {
        Store.Nop.Language = arabic
            ? new Language { Id = 2, Name = "العربية", LanguageCulture = "ar-SA" }
            : new Language { Id = 1, Name = "English", LanguageCulture = "en-US" };
        var order = Store.PlaceOrder(currency, rate, storeId);
        Tell($"The shopper places order {order.Id} in store {storeId}: {order.OrderTotal} SAR paid in {currency}{(arabic ? ", in Arabic" : string.Empty)}");
        return order;
    }

    /// <summary>
    /// The usual start: the shopper places an order, pays with Tamara, approves on Tamara's page and Tamara notifies the store
    /// </summary>
    public async Task<Order> ShopperBuysWithTamaraAsync(string currency = "SAR", decimal rate = 1m, bool arabic = false)
    {
        var order = ShopperPlacesOrder(currency, rate, arabic: arabic);
        await ShopperPaysWithTamaraAsync(order);
        await ShopperPressesAsync(order, CheckoutDecision.Approve);
        await TamaraNotifiesAsync();
        return order;
    }

    /// <summary>
    /// The store sends the shopper to Tamara; if it cannot, the shopper presses Retry payment once
    /// </summary>
    public async Task ShopperPaysWithTamaraAsync(Order order)
    {
        for (var attempt = 1; attempt <= 2; attempt++)
        {
            var location = await Store.PostProcessPaymentAsync(order);
            var toTamara = Store.MerchantOf(order).BaseUrl;
            Tell($"The store sends the shopper to {(location.StartsWith(toTamara, StringComparison.Ordinal) ? "Tamara's checkout page" : location)}");
            if (location.StartsWith(toTamara, StringComparison.Ordinal))
            {
                _checkoutUrls[order.Id] = location;
                return;
            }
        }
    }

    /// <summary>
    /// Gets the address of Tamara's checkout page the store sent the shopper to
    /// </summary>
    public string CheckoutUrlOf(Order order) => _checkoutUrls[order.Id];

    /// <summary>
    /// The shopper presses a button on Tamara's hosted page (a real form post) and the browser follows Tamara's redirect back to
    /// the store's return route
    /// </summary>
    public async Task ShopperPressesAsync(Order order, CheckoutDecision decision)
    {
        if (!_checkoutUrls.TryGetValue(order.Id, out var checkoutUrl))
        {
            Tell($"The shopper cannot {decision.ToString().ToLowerInvariant()}: the store never showed Tamara's page");
            return;
        }

        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        LastTamaraPage = await browser.GetStringAsync(checkoutUrl);
        var action = Regex.Match(LastTamaraPage, $"action=\"(?<action>[^\"]+/{decision.ToString().ToLowerInvariant()})\"").Groups["action"].Value;
        using var pressed = await browser.PostAsync(new Uri(new Uri(checkoutUrl), action), new FormUrlEncodedContent([new("decision", decision.ToString().ToLowerInvariant())]));
        if (pressed.Headers.Location is not { } returnUrl)
        {
            Tell($"The shopper presses {decision} on Tamara's page, which answers {(int)pressed.StatusCode}");
            return;
        }

        LastStorePage = await Store.ShopperOpensAsync(returnUrl.ToString(), order.StoreId);
        Tell($"The shopper presses {decision} on Tamara's page and is back at the store: \"{LastStorePage.ReplaceLineEndings(" ")}\"");
    }

    /// <summary>
    /// Tamara's notifications so far are delivered (or given up after their retries)
    /// </summary>
    public async Task TamaraNotifiesAsync()
    {
        await NotificationsHandledAsync();
        Tell("Tamara's notifications are delivered");
    }

    /// <summary>
    /// The store ships once nopCommerce shows the payment authorised: until then the admin waits while the schedule task runs
    /// every 10 minutes (at most three times, then ships all the same)
    /// </summary>
    public async Task StoreShipsAsync(Order order, int quantity)
    {
        for (var wait = 0; wait < 3 && Store.Reload(order).PaymentStatus == PaymentStatus.Pending; wait++)
        {
            await TimePassesAsync(TimeSpan.FromMinutes(10));
            await ScheduleTaskRunsAsync();
        }

        await NotificationsHandledAsync();
        var shipment = await Store.ShipAsync(order, quantity);
        Tell($"The store ships {quantity} pair(s) of boots of order {order.Id} (shipment {shipment.TrackingNumber})");
    }

    public async Task AdminRefundsAsync(Order order, decimal amount)
    {
        await NotificationsHandledAsync();
        var errors = await Store.RefundAsync(order, amount);
        Tell($"The admin refunds {amount} of order {order.Id}{(errors.Count > 0 ? $": refused, {string.Join(" ", errors)}" : string.Empty)}");
    }

    public async Task AdminRefundsRestAsync(Order order)
    {
        var stored = Store.Reload(order);
        await AdminRefundsAsync(order, stored.OrderTotal - stored.RefundedAmount);
    }

    public async Task AdminRefundsOfflineAsync(Order order, decimal amount)
    {
        await NotificationsHandledAsync();
        await Store.RefundOfflineAsync(order, amount);
        Tell($"The admin enters an offline refund of {amount} for order {order.Id}");
    }

    public async Task AdminCancelsAsync(Order order)
    {
        await NotificationsHandledAsync();
        await Store.CancelAsync(order);
        Tell($"The admin cancels order {order.Id}");
    }

    public async Task AdminDeletesAsync(Order order)
    {
        await NotificationsHandledAsync();
        await Store.DeleteAsync(order);
        Tell($"The admin deletes order {order.Id}");
    }

    /// <summary>
    /// Time passes for Tamara (its clock and timers) and the store (what it dated)
    /// </summary>
    public async Task TimePassesAsync(TimeSpan time)
    {
        //the store's dates first: Tamara's timers notify the store at once, which must not meet an order being re-dated
        await Store.TimePassesAsync(time);
        foreach (var merchant in _merchants)
            merchant.AdvanceClock(time);
        await NotificationsHandledAsync();
        Tell($"{(time.TotalDays >= 1 ? $"{time.TotalDays:0.###} days" : $"{time.TotalMinutes:0} minutes")} pass");
    }

    public async Task ScheduleTaskRunsAsync()
    {
        await Store.RunScheduleTaskAsync();
        await NotificationsHandledAsync();
        Tell("The reconciliation task runs");
    }

    public async Task StoreRestartsAsync()
    {
        await Store.RestartAsync();
        Tell("The store restarts: everything in memory is lost");
    }

    /// <summary>
    /// The store is unreachable while something happens: Tamara's notifications meanwhile get no answer and are given up
    /// </summary>
    public async Task StoreIsDownWhileAsync(string what, Func<Task> happens)
    {
        await Store.UnreachableWhileAsync(async () =>
        {
            await happens();
            await NotificationsHandledAsync();
        });
        Tell($"While the store is down, {what}; Tamara gives up notifying it");
    }

    /// <summary>
    /// What Tamara and nopCommerce show for the order now
    /// </summary>
    public void Expect(Order order, PaymentStatus paymentStatus, string tamaraStatus, OrderStatus? orderStatus = null)
    {
        var stored = Store.Reload(order);
        var atTamara = string.IsNullOrEmpty(stored.AuthorizationTransactionId) ? "no order" : Store.MerchantOf(stored).GetOrder(stored.AuthorizationTransactionId).Status;
        Assert.Multiple(() =>
        {
            Assert.That(stored.PaymentStatus, Is.EqualTo(paymentStatus), $"payment status of order {order.Id} after:\n{Story}");
            Assert.That(atTamara, Is.EqualTo(tamaraStatus), $"Tamara's status of order {order.Id} after:\n{Story}");
            if (orderStatus is not null)
                Assert.That(stored.OrderStatus, Is.EqualTo(orderStatus), $"order status of order {order.Id} after:\n{Story}");
        });
        Tell($"Order {order.Id} is {stored.OrderStatus}/{stored.PaymentStatus} in nopCommerce and {atTamara} at Tamara");
    }

    /// <summary>
    /// Lets the store heal as it would over the next hours (the task runs, queued actions come due, notifications arrive) and
    /// compares its books with Tamara's; then lets 21 days pass (Tamara captures what is still authorised) and compares again
    /// </summary>
    public async Task<Figures> SettleAndAuditAsync()
    {
        for (var round = 0; round < 4; round++)
        {
            await Store.TimePassesAsync(TimeSpan.FromHours(1));
            await ScheduleTaskRunsAsync();
        }

        var figures = await JourneyAudit.AuditAsync(Store, Name);
        await TimePassesAsync(TimeSpan.FromDays(21) + TimeSpan.FromMinutes(1));
        await ScheduleTaskRunsAsync();
        figures.Add(await JourneyAudit.AuditAsync(Store, Name));
        figures.CountJourney();
        return figures;
    }

    /// <summary>
    /// Settles, then asserts that the books balance
    /// </summary>
    public async Task BooksBalanceAsync()
    {
        var figures = await SettleAndAuditAsync();
        Assert.That(figures.Findings, Is.Empty, $"{Name}: the books do not balance after:\n{Story}");
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        foreach (var merchant in _merchants)
            await merchant.DisposeAsync();
    }

    #endregion
}
