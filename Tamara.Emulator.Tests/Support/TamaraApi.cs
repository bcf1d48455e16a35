using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Tamara.Emulator.Tests.Support;

/// <summary>An answer of the emulator: status and JSON body (null when the body is not JSON).</summary>
public sealed record ApiAnswer(HttpStatusCode StatusCode, JsonNode? Body, string Text, HttpResponseMessage Response)
{
    public JsonObject Object => Body as JsonObject ?? throw new AssertionException($"Expected a JSON object, got {(int)StatusCode}: {Text}");

    public IEnumerable<string> ErrorCodes =>
        (Object["errors"] as JsonArray ?? []).Select(error => error!["error_code"]!.GetValue<string>());
}

/// <summary>Calls the emulator's API over real HTTP, written by hand so that nothing is shared with the emulator.</summary>
public sealed class TamaraApi : IDisposable
{
    private readonly HttpClient _http;

    public TamaraApi(string baseUrl, string? apiToken, TimeSpan? timeout = null)
    {
        _http = new HttpClient(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(baseUrl + "/"),
            Timeout = timeout ?? TimeSpan.FromSeconds(60)
        };
        if (apiToken is not null)
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiToken);
    }

    public static TamaraApi For(TamaraEmulatorHost host, TimeSpan? timeout = null) => new(host.BaseUrl, host.ApiToken, timeout);

    public HttpClient Http => _http;

    public async Task<ApiAnswer> SendAsync(HttpMethod method, string path, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, path.TrimStart('/')) { Content = content };
        var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        JsonNode? body = null;
        try
        {
            body = text.Length > 0 ? JsonNode.Parse(text) : null;
        }
        catch (System.Text.Json.JsonException)
        {
        }

        return new ApiAnswer(response.StatusCode, body, text, response);
    }

    public Task<ApiAnswer> PostAsync(string path, JsonNode? body) =>
        SendAsync(HttpMethod.Post, path, body is null ? null : new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));

    public Task<ApiAnswer> PutAsync(string path, JsonNode body) =>
        SendAsync(HttpMethod.Put, path, new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));

    public Task<ApiAnswer> GetAsync(string path) => SendAsync(HttpMethod.Get, path);

    public Task<ApiAnswer> DeleteAsync(string path) => SendAsync(HttpMethod.Delete, path);

    /// <summary>Creates a checkout session and fails the test if the emulator refuses it.</summary>
    public async Task<string> CreateOrderAsync(JsonObject request)
    {
        var answer = await PostAsync("/checkout", request);
        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK), answer.Text);
        return answer.Object["order_id"]!.GetValue<string>();
    }

    public void Dispose() => _http.Dispose();
}
