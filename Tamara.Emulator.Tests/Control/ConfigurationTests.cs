using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Tamara.Emulator.Tests.Support;

namespace Tamara.Emulator.Tests.Control;

/// <summary>The emulator configured the way a developer starts it: command-line options and environment variables.</summary>
public sealed class ConfigurationTests
{
    private const string NotificationTokenVariable = EmulatorApp.EnvironmentPrefix + "NotificationToken";

    private static async Task<(WebApplication App, string BaseUrl)> StartAsync(params string[] options)
    {
        var app = EmulatorApp.Build(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default", "Warning", .. options]);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (app, address.TrimEnd('/'));
    }

    [Test]
    public async Task Command_line_options_set_token_limits_plans_auto_capture_and_clock()
    {
        var (app, baseUrl) = await StartAsync("--ApiToken=cli-token", "--MinLimit=50", "--MaxLimit=3000", "--Instalments=2,5",
            "--AutoCaptureAtAuthorise=true", "--ClockStart=2026-01-01T00:00:00Z", "--FreezeClock=true", "--PublicKey=pk-cli");
        await using var _ = app;
        using var api = new TamaraApi(baseUrl, "cli-token");

        var types = (await api.GetAsync("/checkout/payment-types?country=SA&currency=SAR")).Body!.AsArray();
        var settings = JsonNode.Parse(await api.Http.GetStringAsync($"{baseUrl}/_emulator/settings"))!;
        var clock = JsonNode.Parse(await api.Http.GetStringAsync($"{baseUrl}/_emulator/clock"))!;
        var configs = await api.GetAsync("/merchants/configs");

        Assert.That(types[0]!["supported_instalments"]!.AsArray().Select(plan => plan!["instalments"]!.GetValue<int>()), Is.EqualTo(new[] { 2, 5 }));
        Assert.That(types[0]!["min_limit"]!["amount"]!.GetValue<decimal>(), Is.EqualTo(50m));
        Assert.That(settings["auto_capture_at_authorise"]!.GetValue<bool>(), Is.True);
        Assert.That(settings["max_limit"]!.GetValue<decimal>(), Is.EqualTo(3000m));
        Assert.That(clock["now"]!.GetValue<DateTimeOffset>(), Is.EqualTo(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.That(configs.Object["public_key"]!.GetValue<string>(), Is.EqualTo("pk-cli"));
    }

    [TestCase(new string[0], true, TestName = "Cancel_after_a_partial_capture_is_accepted_by_default")]
    [TestCase(new[] { "--CancelAfterPartialCapture=false" }, false, TestName = "Cancel_after_a_partial_capture_is_refused_when_the_command_line_turns_it_off")]
    public async Task Cancel_after_partial_capture_switch(string[] options, bool expected)
    {
        var (app, baseUrl) = await StartAsync(options);
        await using var _ = app;
        using var api = new TamaraApi(baseUrl, "emulator-api-token");

        var settings = JsonNode.Parse(await api.Http.GetStringAsync($"{baseUrl}/_emulator/settings"))!;

        Assert.That(settings["cancel_after_partial_capture"]!.GetValue<bool>(), Is.EqualTo(expected));
    }

    [Test]
    public async Task Environment_variable_sets_the_notification_token_that_signs_notifications()
    {
        await using var merchant = await NotificationReceiver.StartAsync();
        Environment.SetEnvironmentVariable(NotificationTokenVariable, "env-secret");
        try
        {
            var (app, baseUrl) = await StartAsync("--FreezeClock=true");
            await using var _ = app;
            using var api = new TamaraApi(baseUrl, "emulator-api-token");
            var orderId = await api.CreateOrderAsync(CheckoutRequests.Sar($"{merchant.BaseUrl}/notify"));

            await api.Http.PostAsync($"{baseUrl}/_emulator/orders/{orderId}/approve", null);
            await api.Http.PostAsync($"{baseUrl}/_emulator/notifications/wait?timeoutSeconds=60", null);

            Assert.That(JwtReader.HasValidSignature(merchant.Received.Single().QueryToken!, "env-secret"), Is.True);
        }
        finally
        {
            Environment.SetEnvironmentVariable(NotificationTokenVariable, null);
        }
    }
}
