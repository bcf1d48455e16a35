using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Newtonsoft.Json;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Payments.Tamara.Tests.Support;
using Nop.Services.Payments;
using NUnit.Framework;
using Tamara.Emulator.Control;

namespace Nop.Plugin.Payments.Tamara.Tests.Controllers;

/// <summary>
/// The shopper's whole journey: placed order, redirect to Tamara, approval on Tamara's page, notification, return, authorised order
/// </summary>
[TestFixture]
public class CheckoutJourneyTests : EmulatorTestBase
{
    private StoreHost _store = null!;

    [SetUp]
    public async Task StartStoreAsync()
    {
        _store = await StoreHost.StartAsync(Nop, services => services.AddScoped<TamaraPaymentMethod>());
    }

    [TearDown]
    public async Task StopStoreAsync()
    {
        await _store.DisposeAsync();
    }

    /// <summary>
    /// Runs PostProcessPaymentAsync as nopCommerce's checkout does after placing the order, and returns where the shopper is sent
    /// </summary>
    private async Task<string> PostProcessAsync(Order order)
    {
        using var scope = _store.Services.CreateScope();
        var httpContext = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        httpContext.Request.Headers.UserAgent = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Mobile/15E148";
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = httpContext;

        await scope.ServiceProvider.GetRequiredService<TamaraPaymentMethod>().PostProcessPaymentAsync(new PostProcessPaymentRequest { Order = order });

        Assert.That(httpContext.Response.StatusCode, Is.EqualTo(StatusCodes.Status302Found));
        return httpContext.Response.Headers.Location.ToString();
    }

    [Test]
    public async Task Shopper_pays_with_Tamara_and_the_order_is_authorised_without_anyone_touching_it()
    {
        var order = CheckoutOrders.AddSarOrder(Nop);

        var checkoutUrl = await PostProcessAsync(order);

        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var page = await browser.GetStringAsync(checkoutUrl);
        var approveAction = Regex.Match(page, "action=\"(?<action>[^\"]+/approve)\"").Groups["action"].Value;
        using var approved = await browser.PostAsync(new Uri(new Uri(checkoutUrl), approveAction), new FormUrlEncodedContent([new("decision", "approve")]));
        var successUrl = approved.Headers.Location!.ToString();
        await Tamara.WaitForNotificationsAsync();

        using var shopper = _store.CreateBrowser(Nop.Customer.Id);
        using var returned = await shopper.GetAsync(successUrl);

        var stored = Nop.GetOrder(order.Id);
        var tamaraOrderId = stored.AuthorizationTransactionId;
        Assert.Multiple(() =>
        {
            Assert.That(successUrl, Does.StartWith($"{_store.BaseUrl}/Plugins/Tamara/Success?").And.Contains($"orderId={tamaraOrderId}"));
            Assert.That(returned.Headers.Location?.ToString(), Is.EqualTo($"/checkout/completed/{order.Id}"));
            Assert.That(stored.PaymentStatus, Is.EqualTo(PaymentStatus.Authorized));
            Assert.That(Tamara.GetOrder(tamaraOrderId).Status, Is.EqualTo("authorised"));
            Assert.That(Tamara.GetOrder(tamaraOrderId).Locale, Is.EqualTo("en_US"));
            Assert.That(AuthoriseCalls(tamaraOrderId), Is.EqualTo(1));
            Assert.That(Tamara.Notifications.Where(notification => notification.OrderId == tamaraOrderId)
                .Select(notification => notification.Attempts.Last().StatusCode), Is.All.EqualTo(200));
        });
        Nop.OrderProcessing.Verify(service => service.MarkAsAuthorizedAsync(It.IsAny<Order>()), Times.Once);

        //nothing changes by a forged notification nor by another shopper's return
        var forgedBody = JsonConvert.SerializeObject(new { order_id = tamaraOrderId, order_reference_id = order.OrderGuid.ToString(), event_type = "order_canceled", data = new { } });
        using var forgery = new HttpRequestMessage(HttpMethod.Post, "Plugins/Tamara/Webhook") { Content = new StringContent(forgedBody, Encoding.UTF8, "application/json") };
        forgery.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TamaraTokenMinter.Mint("guessed-key", DateTimeOffset.UtcNow));
        using var attacker = _store.CreateBrowser(Nop.Customer.Id + 1);
        using var forged = await attacker.SendAsync(forgery);
        using var strangerReturn = await attacker.GetAsync(successUrl);

        Assert.That(forged.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(strangerReturn.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await strangerReturn.Content.ReadAsStringAsync(), Does.Contain("PaymentConfirming").And.Not.Contain(order.CustomOrderNumber));
        Assert.That(Nop.GetOrder(order.Id).PaymentStatus, Is.EqualTo(PaymentStatus.Authorized));
        Nop.OrderProcessing.Verify(service => service.MarkAsAuthorizedAsync(It.IsAny<Order>()), Times.Once);
    }

    [Test]
    public async Task Refused_session_sends_the_shopper_to_the_order_with_the_reason_and_the_order_stays_pending()
    {
        Tamara.ChangeSettings(new EmulatorSettings(MaxLimit: 100m));
        var order = CheckoutOrders.AddSarOrder(Nop);

        var location = await PostProcessAsync(order);

        Assert.That(location, Is.EqualTo($"/orderdetails/{order.Id}"));
        Assert.That(Nop.GetOrder(order.Id).PaymentStatus, Is.EqualTo(PaymentStatus.Pending));
        Nop.Notifications.Verify(service => service.ErrorNotification(It.IsAny<string>(), It.IsAny<bool>(), It.IsAny<int>()), Times.Once);
    }
}
