using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Payments.Tamara.Tests.Support.Journeys;
using NUnit.Framework;
using OpenQA.Selenium;
using OpenQA.Selenium.Support.UI;
using Tamara.Emulator;

namespace Nop.Plugin.Payments.Tamara.Tests.Browser;

/// <summary>
/// A real browser on Tamara's hosted checkout page (the emulator's): the shopper presses Approve, Decline or Cancel, in English and
/// Arabic, and the browser follows Tamara's redirect to the store's return route, which shows the outcome. Screenshots of Tamara's
/// page and of the store's page are kept (browser-screenshots/ in the test output, and attached to each test).
/// </summary>
[TestFixture]
[Category("Browser")]
[NonParallelizable]
public class HostedCheckoutBrowserTests
{
    [TestCase(CheckoutDecision.Approve, false, PaymentStatus.Authorized, OrderStatus.Pending, "authorised", "completed", null)]
    [TestCase(CheckoutDecision.Approve, true, PaymentStatus.Authorized, OrderStatus.Pending, "authorised", "completed", null)]
    [TestCase(CheckoutDecision.Decline, false, PaymentStatus.Pending, OrderStatus.Cancelled, "declined", "details", "Return.Declined")]
    [TestCase(CheckoutDecision.Decline, true, PaymentStatus.Pending, OrderStatus.Cancelled, "declined", "details", "Return.Declined")]
    [TestCase(CheckoutDecision.Cancel, false, PaymentStatus.Pending, OrderStatus.Pending, "new", "details", "Return.Canceled")]
    [TestCase(CheckoutDecision.Cancel, true, PaymentStatus.Pending, OrderStatus.Pending, "new", "details", "Return.Canceled")]
    public async Task Shopper_decides_on_Tamaras_page_in_a_browser_and_the_store_shows_the_outcome(CheckoutDecision decision, bool arabic,
        PaymentStatus paymentStatus, OrderStatus orderStatus, string tamaraStatus, string storePage, string? message)
    {
        var name = $"{decision.ToString().ToLowerInvariant()}-{(arabic ? "ar" : "en")}";
        await using var journey = await Journey.BeginAsync($"browser {name}");
        var order = journey.ShopperPlacesOrder(arabic: arabic);
        await journey.ShopperPaysWithTamaraAsync(order);

        using var browser = HeadlessChromium.Start(new Dictionary<string, string> { ["X-Customer-Id"] = journey.Store.Nop.Customer.Id.ToString() });
        browser.Navigate().GoToUrl(journey.CheckoutUrlOf(order));
        var direction = browser.FindElement(By.TagName("html")).GetAttribute("dir");
        HeadlessChromium.KeepScreenshot(browser, $"{name}-tamara");

        browser.FindElement(By.CssSelector($"button.{decision.ToString().ToLowerInvariant()}")).Click();
        //waits for the store's page itself, not only its address: a busy machine may show the address before the text
        var storePageShown = new WebDriverWait(browser, TimeSpan.FromSeconds(30)) { Message = "the browser never showed the store's page" };
        storePageShown.IgnoreExceptionTypes(typeof(StaleElementReferenceException));
        storePageShown.Until(driver => driver.Url.StartsWith(journey.Store.BaseUrlOf(), StringComparison.Ordinal)
            && !driver.Url.Contains("/Plugins/Tamara/", StringComparison.Ordinal)
            && driver.FindElement(By.TagName("body")).Text.Contains("Payment status:", StringComparison.Ordinal));
        var landedOn = browser.Url;
        var shown = browser.FindElement(By.TagName("body")).Text;
        HeadlessChromium.KeepScreenshot(browser, $"{name}-store");
        await journey.TamaraNotifiesAsync();

        Assert.Multiple(() =>
        {
            Assert.That(direction, Is.EqualTo(arabic ? "rtl" : "ltr"), "direction of Tamara's page");
            Assert.That(landedOn, Is.EqualTo(storePage == "completed" ? $"{journey.Store.BaseUrlOf()}/checkout/completed/{order.Id}" : $"{journey.Store.BaseUrlOf()}/orderdetails/{order.Id}"));
            Assert.That(shown, Does.Contain($"Payment status: {paymentStatus}"), "what the store shows");
            if (message is not null)
                Assert.That(shown, Does.Contain(TamaraDefaults.ResourcePrefix + message), "the store's message");
        });
        journey.Expect(order, paymentStatus, tamaraStatus, orderStatus);
    }
}
