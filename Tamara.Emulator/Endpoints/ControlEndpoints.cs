using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using Tamara.Emulator.Control;
using Tamara.Emulator.Faults;
using Tamara.Emulator.Infrastructure;

namespace Tamara.Emulator.Endpoints;

/// <summary>Inspection and control under /_emulator/ (no API token: it is not part of Tamara's API).</summary>
internal static class ControlEndpoints
{
    #region Fields

    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping
    };

    #endregion

    #region Utilities

    /// <summary>
    /// {"endpoint": "authorise", "mode": "500" | "409" | "503" | "delay" | "drop" | "lose_answer", "count": 1, "delay_seconds": 40}: what
    /// POST /_emulator/faults takes and GET answers, the same names both ways.
    /// </summary>
    public sealed record FaultRequest(string? Endpoint, string? Mode, int? Count, double? DelaySeconds);

    private static readonly (FaultMode Mode, string Name)[] _modeNames =
    [
        (FaultMode.InternalServerError, "500"),
        (FaultMode.Conflict, "409"),
        (FaultMode.ServiceUnavailable, "503"),
        (FaultMode.Delay, "delay"),
        (FaultMode.DropConnection, "drop"),
        (FaultMode.LoseAnswer, "lose_answer")
    ];

    private static IResult Json(object value) => Results.Json(value, _json);

    private static FaultMode ParseMode(string mode) =>
        _modeNames.FirstOrDefault(entry => string.Equals(entry.Name, mode, StringComparison.OrdinalIgnoreCase)) is { Name: not null } found
            ? found.Mode
            : throw new TamaraApiException(HttpStatusCode.BadRequest,
                $"Unknown fault mode {mode}: use {string.Join(", ", _modeNames.Select(entry => entry.Name))}", new TamaraError("fault_mode_invalid"));

    private static FaultRequest Describe(PlannedFault fault) => new(FaultInjector.NameOf(fault.Endpoint),
        _modeNames.First(entry => entry.Mode == fault.Mode).Name, fault.Count, fault.Delay?.TotalSeconds);

    private static IResult Faults(EmulatorControl control) => Json(control.Faults().Select(Describe).ToList());

    private static async Task<IResult> InjectFaultAsync(HttpRequest httpRequest, EmulatorControl control)
    {
        // Read with the control API's own snake_case options: minimal API binding would expect delaySeconds.
        var request = await JsonSerializer.DeserializeAsync<FaultRequest>(httpRequest.Body, _json) ?? new FaultRequest(null, null, null, null);
        var endpoint = FaultInjector.Parse(request.Endpoint ?? string.Empty)
            ?? throw new TamaraApiException(HttpStatusCode.BadRequest,
                $"Unknown endpoint {request.Endpoint}: use one of {string.Join(", ", Enum.GetValues<EmulatedEndpoint>().Select(FaultInjector.NameOf))}",
                new TamaraError("fault_endpoint_invalid"));
        control.InjectFault(endpoint, ParseMode(request.Mode ?? string.Empty), request.Count ?? 1,
            request.DelaySeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null);
        return Faults(control);
    }

    private static IResult AdvanceClock(EmulatorControl control, double? days, double? hours, double? minutes, double? seconds)
    {
        var by = TimeSpan.FromDays(days ?? 0) + TimeSpan.FromHours(hours ?? 0) + TimeSpan.FromMinutes(minutes ?? 0) + TimeSpan.FromSeconds(seconds ?? 0);
        if (by < TimeSpan.Zero)
            throw new TamaraApiException(HttpStatusCode.BadRequest, "The clock only moves forward", new TamaraError("clock_backwards"));
        return Json(new { Now = control.AdvanceClock(by) });
    }

    private static async Task<IResult> WaitForNotificationsAsync(EmulatorControl control, double? timeoutSeconds)
    {
        try
        {
            await control.WaitForNotificationsAsync(TimeSpan.FromSeconds(timeoutSeconds ?? 30));
            return Json(new { Settled = true });
        }
        catch (TimeoutException)
        {
            return Results.Json(new { Settled = false }, _json, statusCode: StatusCodes.Status408RequestTimeout);
        }
    }

    #endregion

    #region Methods

    public static void Map(IEndpointRouteBuilder app)
    {
        var control = app.MapGroup("/_emulator");
        control.MapGet("/", (EmulatorControl emulator) =>
            Results.Content(DashboardPage.Render(emulator.Orders(), emulator.Now), "text/html; charset=utf-8"));
        control.MapGet("/orders", (EmulatorControl emulator) => Json(emulator.Orders()));
        control.MapGet("/orders/{orderId}", (string orderId, EmulatorControl emulator) => Json(emulator.Order(orderId)));
        control.MapPost("/orders/{orderId}/approve", (string orderId, EmulatorControl emulator) => Json(emulator.Approve(orderId)));
        control.MapPost("/orders/{orderId}/decline", (string orderId, EmulatorControl emulator) => Json(emulator.Decline(orderId)));
        control.MapPost("/orders/{orderId}/expire", (string orderId, EmulatorControl emulator) => Json(emulator.Expire(orderId)));
        control.MapGet("/clock", (EmulatorControl emulator) => Json(new { Now = emulator.Now }));
        control.MapPost("/clock/advance", AdvanceClock);
        control.MapGet("/notifications", (EmulatorControl emulator) => Json(emulator.Notifications()));
        control.MapPost("/notifications/wait", WaitForNotificationsAsync);
        control.MapGet("/faults", Faults);
        control.MapPost("/faults", InjectFaultAsync);
        control.MapDelete("/faults", (EmulatorControl emulator) =>
        {
            emulator.ClearFaults();
            return Faults(emulator);
        });
        control.MapGet("/settings", (EmulatorControl emulator) => Json(emulator.Settings()));
        control.MapPut("/settings", async (HttpRequest request, EmulatorControl emulator) =>
        {
            var changes = await JsonSerializer.DeserializeAsync<EmulatorSettings>(request.Body, _json) ?? new EmulatorSettings();
            return Json(emulator.ChangeSettings(changes));
        });
    }

    #endregion
}
