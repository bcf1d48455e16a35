using Nop.Plugin.Payments.Tamara.Api;

namespace Nop.Plugin.Payments.Tamara.Tests.Support.Journeys;

/// <summary>
/// The plugin's client factory with reads retried 50 ms apart instead of half a second, so the journeys that fail every attempt of
/// a read do not wait for nothing; everything else, time limits included, as the plugin sets it
/// </summary>
public sealed class QuickRetryClientFactory : ITamaraClientFactory
{
    private readonly ITamaraClientFactory _factory;

    public QuickRetryClientFactory(ITamaraClientFactory factory)
    {
        _factory = factory;
    }

    public ITamaraClient Create(TamaraClientOptions options)
    {
        options.ReadRetryDelay = TimeSpan.FromMilliseconds(50);
        return _factory.Create(options);
    }
}
