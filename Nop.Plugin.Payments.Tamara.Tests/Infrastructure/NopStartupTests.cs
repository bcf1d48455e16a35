using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Domain.Security;
using Nop.Plugin.Payments.Tamara.Api;
using Nop.Plugin.Payments.Tamara.Infrastructure;
using Nop.Plugin.Payments.Tamara.Tests.Support;
using NUnit.Framework;

namespace Nop.Plugin.Payments.Tamara.Tests.Infrastructure;

[TestFixture]
public class NopStartupTests
{
    [Test]
    public async Task Tamara_is_called_through_the_proxy_configured_in_nopCommerce()
    {
        await using var proxy = await ScriptedHttpServer.StartAsync();
        proxy.Script("GET", "/merchants/configs", ScriptedReply.Json(200, """{"public_key":"through-the-proxy"}"""));
        var services = new ServiceCollection();
        new NopStartup().ConfigureServices(services, new ConfigurationBuilder().Build());
        services.AddSingleton(new ProxySettings { Enabled = true, Address = $"http://{proxy.BaseUrl.Host}", Port = proxy.BaseUrl.Port.ToString() });
        await using var provider = services.BuildServiceProvider();

        //the host only exists behind the proxy: reached directly, the call would fail
        var client = provider.GetRequiredService<ITamaraClientFactory>().Create(new TamaraClientOptions
        {
            Environment = TamaraEnvironment.Custom,
            CustomBaseUrl = "http://tamara-behind-the-proxy.invalid/",
            ApiToken = "api-token"
        });
        var configs = await client.Merchant.GetConfigsAsync();

        Assert.That(configs.PublicKey, Is.EqualTo("through-the-proxy"));
        Assert.That(proxy.Requests.Single().Header("Host"), Is.EqualTo("tamara-behind-the-proxy.invalid"));
    }
}
