using Nop.Plugin.Payments.Tamara.Api;

namespace Nop.Plugin.Payments.Tamara.Tests.Support.Journeys;

/// <summary>
/// The plugin's client factory with a one-second time limit per call instead of 30 seconds, so a journey can meet a Tamara that
/// answers too late without waiting half a minute; everything else as the plugin sets it
/// </summary>
public sealed class ImpatientClientFactory : ITamaraClientFactory
{
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(1);

    private readonly ITamaraClientFactory _factory;

    public ImpatientClientFactory(ITamaraClientFactory factory)
    {
        _factory = factory;
    }

    public ITamaraClient Create(TamaraClientOptions options)
    {
        options.OrderTimeout = TimeLimit;
        options.ReadRetryDelay = TimeSpan.FromMilliseconds(50);
        return _factory.Create(options);
    }
}
