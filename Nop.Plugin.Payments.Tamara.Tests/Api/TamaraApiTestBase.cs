using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using Newtonsoft.Json.Linq;
using Nop.Plugin.Payments.Tamara.Api;
using Nop.Plugin.Payments.Tamara.Tests.Support;

namespace Nop.Plugin.Payments.Tamara.Tests.Api;

/// <summary>
/// Each test gets its own scripted server on loopback and a client built the way the plugin builds it (DI, named HttpClient).
/// </summary>
public abstract class TamaraApiTestBase
{
    protected const string ApiToken = "eyJhbGciOiJSUzI1NiJ9.eyJtZXJjaGFudCI6InRlc3QifQ.c2lnbmF0dXJl";

    private ServiceProvider _services = null!;

    protected ScriptedHttpServer Server { get; private set; } = null!;

    protected List<TamaraCallLog> CallLogs { get; } = [];

    [SetUp]
    public async Task StartServerAsync()
    {
        Server = await ScriptedHttpServer.StartAsync();
        var services = new ServiceCollection().AddTamaraApi();
        //a held answer (ScriptedReply.Late) times out at once; every other answer goes through as the plugin builds the client
        services.AddHttpClient(TamaraClientFactory.HttpClientName).AddHttpMessageHandler(() => new LateAnswerTimesOut());
        _services = services.BuildServiceProvider();
        CallLogs.Clear();
    }

    [TearDown]
    public async Task StopServerAsync()
    {
        await Server.DisposeAsync();
        await _services.DisposeAsync();
    }

    protected TamaraClientOptions Options(Action<TamaraClientOptions>? configure = null)
    {
        var options = new TamaraClientOptions
        {
            Environment = TamaraEnvironment.Custom,
            CustomBaseUrl = Server.BaseUrl.ToString(),
            ApiToken = ApiToken,
            ReadRetryDelay = TimeSpan.FromMilliseconds(10),
            CallLogger = log =>
            {
                lock (CallLogs)
                    CallLogs.Add(log);
            }
        };
        configure?.Invoke(options);

        return options;
    }

    protected ITamaraClient CreateClient(Action<TamaraClientOptions>? configure = null)
    {
        return _services.GetRequiredService<ITamaraClientFactory>().Create(Options(configure));
    }

    protected RecordedRequest SingleRequest()
    {
        Assert.That(Server.Requests, Has.Count.EqualTo(1));
        return Server.Requests[0];
    }

    protected static JToken Json(string text) => JToken.Parse(text);

    /// <summary>Asserts two JSON documents are the same tree (member order aside), naming the first difference.</summary>
    protected static void AssertSameJson(string actual, string expected)
    {
        var difference = FirstDifference(JToken.Parse(actual), JToken.Parse(expected), "$");
        Assert.That(difference, Is.Null, () => $"{difference}{Environment.NewLine}Sent: {actual}");
    }

    private static string? FirstDifference(JToken actual, JToken expected, string path)
    {
        switch (expected)
        {
            case JObject expectedObject when actual is JObject actualObject:
                foreach (var name in expectedObject.Properties().Select(p => p.Name).Union(actualObject.Properties().Select(p => p.Name)))
                {
                    if (!actualObject.ContainsKey(name))
                        return $"{path}.{name} is missing";
                    if (!expectedObject.ContainsKey(name))
                        return $"{path}.{name} is not expected";

                    var difference = FirstDifference(actualObject[name]!, expectedObject[name]!, $"{path}.{name}");
                    if (difference is not null)
                        return difference;
                }

                return null;
            case JArray expectedArray when actual is JArray actualArray:
                if (expectedArray.Count != actualArray.Count)
                    return $"{path} has {actualArray.Count} entries, expected {expectedArray.Count}";

                return expectedArray.Select((entry, index) => FirstDifference(actualArray[index], entry, $"{path}[{index}]")).FirstOrDefault(d => d is not null);
            default:
                return JToken.DeepEquals(actual, expected) ? null : $"{path} is {actual.ToString(Newtonsoft.Json.Formatting.None)} ({actual.Type}), expected {expected.ToString(Newtonsoft.Json.Formatting.None)} ({expected.Type})";
        }
    }
}
