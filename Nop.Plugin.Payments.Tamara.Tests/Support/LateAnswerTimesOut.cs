using Tamara.Emulator;

namespace Nop.Plugin.Payments.Tamara.Tests.Support;

/// <summary>
/// Gives up at once on an answer the emulator holds (its delay fault: the call is done, the answer marked late), as the plugin's
/// time limit would once it ran out: the plugin meets the same timeout, and no test races its timer against the machine's speed.
/// Every other answer passes untouched, and the plugin's own time limit stays, only as a guard against a hang.
/// </summary>
public sealed class LateAnswerTimesOut : DelegatingHandler
{
    public LateAnswerTimesOut()
    {
    }

    public LateAnswerTimesOut(HttpMessageHandler innerHandler) : base(innerHandler)
    {
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (!response.Headers.Contains(TamaraEmulatorHost.LateAnswerHeader))
            return response;

        //HttpClient reports a handler's cancellation that nobody asked for as its own timeout, as when its timer runs out
        response.Dispose();
        throw new TaskCanceledException($"The emulator holds the answer to {request.Method} {request.RequestUri?.AbsolutePath}: the caller gives up");
    }
}
