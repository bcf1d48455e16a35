using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Domain.Security;

namespace Nop.Web.Framework.Infrastructure.Extensions;

public static class HttpClientBuilderExtensions
{
    public static void WithProxy(this IHttpClientBuilder httpClientBuilder)
    {
        httpClientBuilder.ConfigurePrimaryHttpMessageHandler(provider => provider.GetService<ProxySettings>() is { Enabled: true } proxySettings
            ? new HttpClientHandler { Proxy = new WebProxy($"{proxySettings.Address}:{proxySettings.Port}", proxySettings.BypassOnLocal) }
            : new HttpClientHandler());
    }
}
