using System.Globalization;
using System.Net;
using Tamara.Emulator.Faults;

namespace Tamara.Emulator.Infrastructure;

/// <summary>
/// In front of every Tamara API endpoint (those tagged with <see cref="EndpointTag"/>): the Bearer API token, then any
/// fault planned for the endpoint. The hosted checkout page and /_emulator/ are not API endpoints and pass freely.
/// </summary>
internal sealed class ApiGateMiddleware
{
    #region Fields

    private readonly RequestDelegate _next;
    private readonly TamaraEmulatorOptions _options;
    private readonly FaultInjector _faults;
    private readonly IHostApplicationLifetime _lifetime;

    #endregion

    #region Ctor

    public ApiGateMiddleware(RequestDelegate next, TamaraEmulatorOptions options, FaultInjector faults, IHostApplicationLifetime lifetime)
    {
        _next = next;
        _options = options;
        _faults = faults;
        _lifetime = lifetime;
    }

    #endregion

    #region Utilities

    private void Authenticate(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            throw new TamaraApiException(HttpStatusCode.Unauthorized, "Unauthorized: missing Bearer API token", new TamaraError("unauthorized"));

        var token = header["Bearer ".Length..].Trim();
        if (!string.Equals(token, _options.ApiToken.Trim(), StringComparison.Ordinal))
            throw new TamaraApiException(HttpStatusCode.Unauthorized, "Merchant is not found", new TamaraError("merchant_not_found"));
    }

    private static TamaraApiException Failure(HttpStatusCode statusCode, string endpoint) => new(statusCode,
        $"Injected fault: {(int)statusCode} for {endpoint}", new TamaraError(statusCode == HttpStatusCode.Conflict ? "conflict" : "internal_error"));

    /// <summary>
    /// Does the call at once, then holds its answer for the delay, as a slow Tamara whose work landed before its answer: what was done
    /// is done whether or not the caller waits, so a test knows the outcome without polling. The status line and headers go out at
    /// once, marked with <see cref="TamaraEmulatorHost.LateAnswerHeader"/> (a test's HTTP handler can give up at once, as the caller's
    /// time limit would, instead of racing a timer); the body follows after the delay, or never when the caller left first. A refusal
    /// is answered at once: nothing was done.
    /// </summary>
    private async Task DoThenAnswerLateAsync(HttpContext context, TimeSpan delay)
    {
        var answer = context.Response.Body;
        using var held = new MemoryStream();
        context.Response.Body = held;
        //held until the call's work is done, so a test can await it (DelayedCallsDoneAsync)
        _faults.Hold();
        try
        {
            await _next(context);
        }
        finally
        {
            context.Response.Body = answer;
            _faults.Release();
        }

        context.Response.ContentLength = held.Length;
        context.Response.Headers[TamaraEmulatorHost.LateAnswerHeader] = delay.TotalSeconds.ToString(CultureInfo.InvariantCulture);
        using var callerGoneOrStopping = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _lifetime.ApplicationStopping);
        try
        {
            await context.Response.Body.FlushAsync(callerGoneOrStopping.Token);
            await Task.Delay(delay, callerGoneOrStopping.Token);
            held.Position = 0;
            await held.CopyToAsync(answer, callerGoneOrStopping.Token);
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException)
        {
            // The caller is gone, or the emulator stops; what was done stays done.
        }
    }

    /// <summary>
    /// Does the call with its answer written nowhere, then drops the connection: Tamara did the work, the caller never hears
    /// (a refusal is still answered: nothing was done)
    /// </summary>
    private async Task DoThenLoseAnswerAsync(HttpContext context)
    {
        var answer = context.Response.Body;
        context.Response.Body = Stream.Null;
        try
        {
            await _next(context);
        }
        finally
        {
            context.Response.Body = answer;
            _faults.Release();
        }

        context.Abort();
    }

    #endregion

    #region Methods

    public async Task InvokeAsync(HttpContext context)
    {
        var tag = context.GetEndpoint()?.Metadata.GetMetadata<EndpointTag>();
        if (tag is null)
        {
            await _next(context);
            return;
        }

        Authenticate(context);

        var fault = _faults.TakeFor(tag.Endpoint);
        var name = FaultInjector.NameOf(tag.Endpoint);
        switch (fault?.Mode)
        {
            case FaultMode.InternalServerError:
                throw Failure(HttpStatusCode.InternalServerError, name);
            case FaultMode.ServiceUnavailable:
                throw Failure(HttpStatusCode.ServiceUnavailable, name);
            case FaultMode.Conflict:
                throw Failure(HttpStatusCode.Conflict, name);
            case FaultMode.DropConnection:
                context.Abort();
                return;
            case FaultMode.LoseAnswer:
                await DoThenLoseAnswerAsync(context);
                return;
            case FaultMode.Delay:
                await DoThenAnswerLateAsync(context, fault.Delay ?? _options.FaultDelay);
                return;
        }

        await _next(context);
    }

    #endregion
}
