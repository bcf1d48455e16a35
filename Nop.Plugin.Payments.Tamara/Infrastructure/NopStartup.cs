using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Infrastructure;
using Nop.Plugin.Payments.Tamara.Api;
using Nop.Plugin.Payments.Tamara.Services;
using Nop.Plugin.Payments.Tamara.Services.AfterSale;
using Nop.Plugin.Payments.Tamara.Services.Checkout;
using Nop.Plugin.Payments.Tamara.Services.Installation;
using Nop.Plugin.Payments.Tamara.Services.Notifications;
using Nop.Plugin.Payments.Tamara.Services.Orders;
using Nop.Plugin.Payments.Tamara.Services.Reconciliation;
using Nop.Plugin.Payments.Tamara.Services.Retries;
using Nop.Plugin.Payments.Tamara.Services.Widgets;
using Nop.Web.Framework.Infrastructure.Extensions;

namespace Nop.Plugin.Payments.Tamara.Infrastructure;

/// <summary>
/// Represents the object for the configuring services on application startup
/// </summary>
public class NopStartup : INopStartup
{
    /// <summary>
    /// Add and configure any of the middleware
    /// </summary>
    /// <param name="services">Collection of service descriptors</param>
    /// <param name="configuration">Configuration of the application</param>
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddTamaraApi();
        //Tamara is called through nopCommerce's proxy when one is configured, as nopCommerce's own plugins are
        services.AddHttpClient(TamaraClientFactory.HttpClientName).WithProxy();
        services.AddScoped<TamaraClientProvider>();

        //order-level pieces every job shares
        services.AddScoped<TamaraOrderStateService>();
        services.AddScoped<TamaraRequestTimeLimit>();
        services.AddScoped<TamaraOrderLock>();
        services.AddScoped<TamaraOrderReader>();
        services.AddScoped<TamaraOrderLocator>();
        services.AddScoped<TamaraItemBuilder>();
        services.AddScoped<TamaraOrderSynchronizer>();

        //checkout and notifications
        services.AddScoped<TamaraRiskAssessmentBuilder>();
        services.AddScoped<TamaraCheckoutRequestBuilder>();
        services.AddScoped<TamaraCheckoutService>();
        services.AddScoped<TamaraOutageCache>();
        services.AddScoped<TamaraPreCheckService>();
        //per request: the offer of a cart is worked out once however often nopCommerce asks in the request
        services.AddScoped<TamaraOfferMemo>();
        services.AddScoped<TamaraEligibilityService>();
        services.AddScoped<TamaraNotificationHandler>();

        //storefront: Tamara's promotional widgets
        services.AddScoped<StorefrontPriceVisibility>();
        services.AddScoped<TamaraWidgetService>();

        //after the sale: capture, cancel, refund, their retries and the reconciliation task
        services.AddScoped<AfterSaleRecordService>();
        services.AddScoped<TamaraCaptureService>();
        services.AddScoped<TamaraCancelService>();
        services.AddScoped<TamaraRefundService>();
        services.AddScoped<TamaraPaymentOperations>();
        services.AddScoped<PendingActionQueue>();
        services.AddScoped<PendingActionRetryService>();
        services.AddScoped<ReconciliationService>();
        services.AddScoped<DeletedOrderWatchList>();

        //install and uninstall
        services.AddScoped<TamaraSettingsInstaller>();
        services.AddScoped<TamaraLocaleResourceInstaller>();
        services.AddScoped<AfterSaleInstaller>();
    }

    /// <summary>
    /// Configure the using of added middleware
    /// </summary>
    /// <param name="application">Builder for configuring an application's request pipeline</param>
    public void Configure(IApplicationBuilder application)
    {
    }

    /// <summary>
    /// Gets order of this startup configuration implementation
    /// </summary>
    public int Order => 1;
}
