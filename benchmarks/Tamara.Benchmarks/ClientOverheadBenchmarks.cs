using System.Net.Http.Headers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Nop.Plugin.Payments.Tamara.Api;
using Nop.Plugin.Payments.Tamara.Api.Models;
using Nop.Plugin.Payments.Tamara.Api.Serialization;
using Nop.Plugin.Payments.Tamara.Tests.Support.AfterSale;
using Tamara.Emulator;

namespace Tamara.Benchmarks;

/// <summary>
/// The plugin's client against a raw HttpClient call of the same bytes, to the same in-process emulator, in the same run:
/// one order read (GET) and one checkout session (POST). The raw calls parse the answer with JsonDocument.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[ShortInProcessJob]
public class ClientOverheadBenchmarks
{
    private TamaraEmulatorHost _tamara = null!;
    private HttpClient _httpClient = null!;
    private ITamaraClient _client = null!;
    private string _orderId = null!;
    private CheckoutSessionRequest _session = null!;
    private byte[] _sessionJson = null!;
    private byte[] _orderJson = null!;

    [GlobalSetup]
    public async Task StartAsync()
    {
        _tamara = await TamaraEmulatorHost.StartAsync(new TamaraEmulatorOptions { FreezeClock = true, NotificationAttempts = 1 });
        _httpClient = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { Timeout = Timeout.InfiniteTimeSpan };
        _client = new TamaraClient(_httpClient, TamaraBackend.ClientOptions(_tamara.BaseUrl, _tamara.ApiToken));

        _session = AfterSaleOrder.Sar().CheckoutSession();
        _sessionJson = TamaraJson.SerializeToUtf8(_session).ToArray();
        _orderId = (await _client.Checkout.CreateSessionAsync(_session)).OrderId;
        _tamara.Approve(_orderId);
        await _client.Orders.AuthoriseAsync(_orderId);
        using var orderRequest = RawRequest(HttpMethod.Get, $"merchants/orders/{_orderId}");
        using var orderResponse = await _httpClient.SendAsync(orderRequest);
        _orderJson = await orderResponse.Content.ReadAsByteArrayAsync();
    }

    [GlobalCleanup]
    public async Task StopAsync()
    {
        _httpClient.Dispose();
        await _tamara.DisposeAsync();
    }

    private HttpRequestMessage RawRequest(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, $"{_tamara.BaseUrl}/{path}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _tamara.ApiToken);
        request.Headers.TryAddWithoutValidation("Accept", "application/json");
        return request;
    }

    private async Task<string?> RawSendAsync(HttpRequestMessage request, string field)
    {
        using (request)
        {
            using var response = await _httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            await using var stream = await response.Content.ReadAsStreamAsync();
            using var json = await JsonDocument.ParseAsync(stream);
            return json.RootElement.GetProperty(field).GetString();
        }
    }

    [Benchmark(Baseline = true, Description = "GET order: raw HttpClient + JsonDocument"), BenchmarkCategory("GET order")]
    public Task<string?> RawGetOrder() => RawSendAsync(RawRequest(HttpMethod.Get, $"merchants/orders/{_orderId}"), "status");

    [Benchmark(Description = "GET order: plugin client Orders.GetAsync"), BenchmarkCategory("GET order")]
    public async Task<TamaraOrderStatus> PluginGetOrder() => (await _client.Orders.GetAsync(_orderId)).Status;

    // The parts of the client's GET that the raw call does not do, each alone: where its time and memory above the raw call go.

    [Benchmark(Description = "GET order part: raw HttpClient, body buffered first (as the client's time limit needs) + JsonDocument"), BenchmarkCategory("GET order parts")]
    public async Task<string?> RawGetOrderBuffered()
    {
        using var request = RawRequest(HttpMethod.Get, $"merchants/orders/{_orderId}");
        using var response = await _httpClient.SendAsync(request, HttpCompletionOption.ResponseContentRead);
        using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync());
        return json.RootElement.GetProperty("status").GetString();
    }

    [Benchmark(Description = "GET order part: the answer's bytes read into OrderDetails (TamaraJson.Read)"), BenchmarkCategory("GET order parts")]
    public TamaraOrderStatus ReadOrderDetails() => TamaraJson.Read<OrderDetails>(new MemoryStream(_orderJson, writable: false)).Status;

    [Benchmark(Description = "GET order part: the answer's bytes parsed by JsonDocument (what the raw call reads)"), BenchmarkCategory("GET order parts")]
    public string? ParseOrderDocument()
    {
        using var json = JsonDocument.Parse(_orderJson);
        return json.RootElement.GetProperty("status").GetString();
    }

    [Benchmark(Description = "GET order part: the per-call time limit (linked CancellationTokenSource, CancelAfter)"), BenchmarkCategory("GET order parts")]
    public bool TimeLimit()
    {
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(CancellationToken.None);
        timeoutSource.CancelAfter(TimeSpan.FromSeconds(30));
        return timeoutSource.IsCancellationRequested;
    }

    [Benchmark(Baseline = true, Description = "POST checkout: raw HttpClient + JsonDocument"), BenchmarkCategory("POST checkout")]
    public Task<string?> RawCreateSession()
    {
        var request = RawRequest(HttpMethod.Post, "checkout");
        request.Content = new ByteArrayContent(_sessionJson);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return RawSendAsync(request, "order_id");
    }

    [Benchmark(Description = "POST checkout: plugin client Checkout.CreateSessionAsync"), BenchmarkCategory("POST checkout")]
    public async Task<string> PluginCreateSession() => (await _client.Checkout.CreateSessionAsync(_session)).OrderId;
}
