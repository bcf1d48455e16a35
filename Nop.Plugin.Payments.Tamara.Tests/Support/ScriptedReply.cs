namespace Nop.Plugin.Payments.Tamara.Tests.Support;

/// <summary>
/// What <see cref="ScriptedHttpServer"/> answers to one request.
/// </summary>
/// <param name="StatusCode">HTTP status.</param>
/// <param name="Body">Response body, sent as application/json; null for none.</param>
/// <param name="Delay">Wait before answering (to run past a client's time limit).</param>
/// <param name="DropConnection">Abort the connection instead of answering.</param>
/// <param name="HeldAnswer">Send the status line and headers marked late (as the emulator's delay fault does), then hold the body
/// until the caller gives up: <see cref="LateAnswerTimesOut"/> in the client's pipeline makes that a timeout at once.</param>
public sealed record ScriptedReply(int StatusCode, string? Body, TimeSpan Delay, bool DropConnection, bool HeldAnswer = false)
{
    public static ScriptedReply Json(int statusCode, string body) => new(statusCode, body, TimeSpan.Zero, false);

    public static ScriptedReply Empty(int statusCode) => new(statusCode, null, TimeSpan.Zero, false);

    public static ScriptedReply Slow(TimeSpan delay, int statusCode = 200, string body = "{}") => new(statusCode, body, delay, false);

    public static ScriptedReply Drop() => new(0, null, TimeSpan.Zero, true);

    public static ScriptedReply Late() => new(200, null, TimeSpan.Zero, false, HeldAnswer: true);
}
