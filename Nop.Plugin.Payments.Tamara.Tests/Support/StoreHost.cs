using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Nop.Core.Http;
using Nop.Plugin.Payments.Tamara.Infrastructure;

namespace Nop.Plugin.Payments.Tamara.Tests.Support;

/// <summary>
/// A nopCommerce-like store on 127.0.0.1 and a free port: the plugin's controllers and routes (through its RouteProvider),
/// its NopStartup registrations, the stub's nopCommerce services, and stand-ins for the store's "CheckoutCompleted",
/// "OrderDetails" and "CustomerOrders" pages; the plugin's views render as their path and model (EchoViewEngine).
/// The shopper is named by the X-Customer-Id header.
/// </summary>
public sealed class StoreHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StoreHost(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>
    /// Gets the store's base URL, without a trailing slash
    /// </summary>
    public string BaseUrl { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>
    /// Gets a store URL whose notification address swallows Tamara's notifications, for sessions whose notifications a test posts itself
    /// </summary>
    public string SinkStoreUrl => BaseUrl + "/sink/";

    /// <param name="nop">The store's nopCommerce services and data</param>
    /// <param name="configureServices">Registrations that replace or add to the store's</param>
    /// <param name="port">The port to listen on (a restarted store keeps its address); 0 for a free one</param>
    /// <param name="describeOrder">A line the stand-in order pages add about the order (its statuses, the store's messages)</param>
    public static async Task<StoreHost> StartAsync(NopStub nop, Action<IServiceCollection>? configureServices = null, int port = 0,
        Func<int, string>? describeOrder = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ApplicationName = typeof(StoreHost).Assembly.GetName().Name });
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        builder.Services.AddControllersWithViews().AddApplicationPart(typeof(TamaraPaymentMethod).Assembly);
        builder.Services.Configure<MvcViewOptions>(options =>
        {
            options.ViewEngines.Clear();
            options.ViewEngines.Add(new EchoViewEngine());
        });
        new NopStartup().ConfigureServices(builder.Services, builder.Configuration);
        nop.AddTo(builder.Services);
        configureServices?.Invoke(builder.Services);

        var app = builder.Build();
        app.UseRouting();
        new RouteProvider().RegisterRoutes(app);
        string Page(string text, int orderId) => describeOrder is null ? text : $"{text}\n{describeOrder(orderId)}";
        app.MapGet("checkout/completed/{orderId:int}", (int orderId) => Results.Text(Page($"Order {orderId} completed", orderId))).WithName(NopRouteNames.Standard.CHECKOUT_COMPLETED);
        app.MapGet("orderdetails/{orderId:int}", (int orderId) => Results.Text(Page($"Order {orderId} details", orderId))).WithName(NopRouteNames.Standard.ORDER_DETAILS);
        app.MapGet("order/history", () => Results.Text("Orders")).WithName(NopRouteNames.General.CUSTOMER_ORDERS);
        app.MapPost("sink/{**rest}", () => Results.Ok());
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        nop.Store.Url = address + "/";

        return new StoreHost(app, address);
    }

    /// <summary>
    /// Creates a browser of a shopper (no automatic redirects, so the tests see where the store sends it)
    /// </summary>
    public HttpClient CreateBrowser(int? customerId)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(BaseUrl + "/") };
        if (customerId is int id)
            client.DefaultRequestHeaders.Add("X-Customer-Id", id.ToString());

        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
