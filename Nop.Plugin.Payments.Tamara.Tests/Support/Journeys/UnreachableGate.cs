using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Nop.Plugin.Payments.Tamara.Tests.Support.Journeys;

/// <summary>
/// First in a store's pipeline: while the store is down, every connection is dropped unanswered, as for a store that does not run,
/// but the address stays the store's (a stopped server would free its port for any other test to take)
/// </summary>
public sealed class UnreachableGate : IStartupFilter
{
    private readonly Func<bool> _isDown;

    public UnreachableGate(Func<bool> isDown)
    {
        _isDown = isDown;
    }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            if (_isDown())
            {
                context.Abort();
                return;
            }

            await nextMiddleware();
        });
        next(app);
    };
}
