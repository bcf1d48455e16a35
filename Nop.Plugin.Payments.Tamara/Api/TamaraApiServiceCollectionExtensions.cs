using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Nop.Plugin.Payments.Tamara.Api.Notifications;

namespace Nop.Plugin.Payments.Tamara.Api;

/// <summary>
/// Registers the Tamara client in a service collection.
/// </summary>
public static class TamaraApiServiceCollectionExtensions
{
    /// <summary>
    /// Adds the named HttpClient, <see cref="ITamaraClientFactory"/>, <see cref="ITamaraTokenVerifier"/> and, if missing, <see cref="TimeProvider.System"/>.
    /// </summary>
    public static IServiceCollection AddTamaraApi(this IServiceCollection services)
    {
        services.AddHttpClient(TamaraClientFactory.HttpClientName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ITamaraClientFactory, TamaraClientFactory>();
        services.TryAddSingleton<ITamaraTokenVerifier, TamaraTokenVerifier>();

        return services;
    }
}
