using Tamara.Emulator.Checkout;
using Tamara.Emulator.Control;
using Tamara.Emulator.Endpoints;
using Tamara.Emulator.Faults;
using Tamara.Emulator.Infrastructure;
using Tamara.Emulator.Notifications;
using Tamara.Emulator.Orders;
using Tamara.Emulator.Webhooks;

namespace Tamara.Emulator;

/// <summary>Puts the emulator together: its services, the gate in front of the API, and every endpoint.</summary>
internal static class EmulatorApp
{
    /// <summary>Prefix of the environment variables that configure the emulator (TAMARA_EMULATOR_ApiToken=...).</summary>
    public const string EnvironmentPrefix = "TAMARA_EMULATOR_";

    /// <summary>
    /// "--Instalments=3,4" or "--Instalments:0=3 --Instalments:1=4". Read apart because binding adds configured array
    /// items to the defaults instead of replacing them.
    /// </summary>
    private static int[]? InstalmentsFrom(IConfiguration configuration)
    {
        var section = configuration.GetSection(nameof(TamaraEmulatorOptions.Instalments));
        var values = section.Value is { Length: > 0 } list
            ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : section.GetChildren().Select(child => child.Value ?? string.Empty).ToArray();
        return values.Length == 0 ? null : values.Select(value => int.Parse(value, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
    }

    /// <summary>
    /// Builds the emulator from command-line arguments and environment variables, or from <paramref name="options"/>
    /// when given (tests).
    /// </summary>
    public static WebApplication Build(string[] args, TamaraEmulatorOptions? options = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(EmulatorApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory
        });
        builder.Configuration.AddEnvironmentVariables(EnvironmentPrefix);
        builder.Configuration.AddCommandLine(args);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        if (options is null)
        {
            options = new TamaraEmulatorOptions();
            builder.Configuration.Bind(options);
            options.Instalments = InstalmentsFrom(builder.Configuration) ?? new TamaraEmulatorOptions().Instalments;
        }

        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<EmulatorClock>();
        builder.Services.AddSingleton<TamaraTokenSigner>();
        builder.Services.AddSingleton<WebhookRegistry>();
        builder.Services.AddSingleton<NotificationDispatcher>();
        builder.Services.AddHostedService(services => services.GetRequiredService<NotificationDispatcher>());
        builder.Services.AddSingleton<OrderBook>();
        builder.Services.AddHostedService<TimerSweep>();
        builder.Services.AddSingleton<CheckoutSessionReader>();
        builder.Services.AddSingleton<PaymentPlans>();
        builder.Services.AddSingleton<FaultInjector>();
        builder.Services.AddSingleton<EmulatorControl>();

        var app = builder.Build();
        app.UseMiddleware<TamaraErrorMiddleware>();
        app.UseRouting();
        app.UseMiddleware<ApiGateMiddleware>();

        CheckoutEndpoints.Map(app);
        OrderEndpoints.Map(app);
        PaymentEndpoints.Map(app);
        MerchantEndpoints.Map(app);
        HostedCheckoutEndpoints.Map(app);
        WidgetEndpoints.Map(app);
        ControlEndpoints.Map(app);
        return app;
    }
}
