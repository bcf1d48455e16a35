namespace Nop.Plugin.Payments.Tamara.Api;

/// <summary>
/// One HTTP attempt, for the caller's log. It never holds a token or a body.
/// </summary>
/// <param name="Method">HTTP method, e.g. "POST".</param>
/// <param name="Path">Path without the query string, e.g. "/orders/{id}/authorise".</param>
/// <param name="StatusCode">HTTP status, or null when no answer came (timeout, refused connection).</param>
/// <param name="Duration">Time from sending to the whole answer read.</param>
/// <param name="TamaraOrderId">The Tamara order the call concerns, when known.</param>
/// <param name="Attempt">1 for the first attempt; reads may be retried.</param>
/// <param name="Failure">A short description when the attempt failed without an HTTP answer.</param>
public sealed record TamaraCallLog(
    string Method,
    string Path,
    int? StatusCode,
    TimeSpan Duration,
    string? TamaraOrderId,
    int Attempt,
    string? Failure);
