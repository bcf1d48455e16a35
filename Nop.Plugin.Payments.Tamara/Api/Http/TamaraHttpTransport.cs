using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Nop.Plugin.Payments.Tamara.Api.Serialization;

namespace Nop.Plugin.Payments.Tamara.Api.Http;

/// <summary>
/// Sends one call to Tamara: Bearer token on the request itself, time limit, retries for reads only, typed errors,
/// call log. Nothing it raises or logs contains the token.
/// </summary>
internal sealed partial class TamaraHttpTransport
{
    #region Fields

    private const string Redacted = "[redacted]";

    private readonly HttpClient _httpClient;
    private readonly TamaraClientOptions _options;
    private readonly Uri _baseUrl;
    private readonly string _apiToken;

    #endregion

    #region Ctor

    public TamaraHttpTransport(HttpClient httpClient, TamaraClientOptions options)
    {
        _httpClient = httpClient;
        _options = options;
        _apiToken = options.ApiToken;

        var baseUrl = options.GetBaseUrl().ToString();
        _baseUrl = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");
    }

    #endregion

    #region Utilities

    [GeneratedRegex(@"\b[a-z][a-z0-9]*(?:[._][a-z0-9]+)+\b")]
    private static partial Regex CodeInMessage();

    private string Redact(string text)
    {
        return _apiToken.Length == 0 ? text : text.Replace(_apiToken, Redacted, StringComparison.Ordinal);
    }

    private void Log(HttpMethod method, string path, int? statusCode, long startedAt, string? orderId, int attempt, string? failure)
    {
        if (_options.CallLogger is not { } logger)
            return;

        try
        {
            logger(new TamaraCallLog(method.Method, "/" + path, statusCode, Stopwatch.GetElapsedTime(startedAt), orderId, attempt, failure));
        }
        catch (Exception)
        {
            // A broken log sink must not turn a payment call that went through into a failure.
        }
    }

    private static bool IsWorthRetrying(TamaraException exception)
    {
        return exception switch
        {
            TamaraTimeoutException or TamaraConnectionException => true,
            TamaraApiException api => api.StatusCode >= 500 || api.StatusCode is 408 or 429,
            _ => false
        };
    }

    private async Task<(int StatusCode, string Body, long StartedAt)> SendOnceAsync(HttpMethod method, string path, string pathAndQuery, string? body,
        TimeSpan timeout, string? orderId, int attempt, CancellationToken cancellationToken)
    {
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);

        using var request = new HttpRequestMessage(method, new Uri(_baseUrl, pathAndQuery));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _apiToken);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (body is not null)
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");

        var startedAt = Stopwatch.GetTimestamp();
        try
        {
            using var response = await _httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeoutSource.Token);
            var text = await response.Content.ReadAsStringAsync(timeoutSource.Token);

            return ((int)response.StatusCode, text, startedAt);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Log(method, path, null, startedAt, orderId, attempt, "canceled by the caller");
            throw;
        }
        catch (OperationCanceledException exception)
        {
            Log(method, path, null, startedAt, orderId, attempt, "timed out");
            throw new TamaraTimeoutException($"Tamara did not answer {method} /{path} within {timeout.TotalSeconds:0.###} s.", timeout, exception)
            {
                Method = method.Method,
                Path = "/" + path
            };
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException)
        {
            Log(method, path, null, startedAt, orderId, attempt, "connection failed");
            throw new TamaraConnectionException($"Tamara could not be reached for {method} /{path}: {Redact(exception.Message)}", exception)
            {
                Method = method.Method,
                Path = "/" + path
            };
        }
    }

    private TamaraApiException CreateApiException(HttpMethod method, string path, int statusCode, string body)
    {
        JToken? json;
        try
        {
            json = TamaraJson.Parse(body);
        }
        catch (JsonException)
        {
            json = null;
        }

        var tamaraMessage = json is JObject withMessage && withMessage["message"] is JValue message ? Redact(TamaraJson.ToText(message)) : null;
        var errors = new List<TamaraApiError>();
        if (json is JObject withErrors && withErrors["errors"] is JArray entries)
        {
            foreach (var entry in entries)
            {
                var code = entry switch
                {
                    JObject error when error["error_code"] is JValue value => TamaraJson.ToText(value),
                    JValue { Type: JTokenType.String } value => TamaraJson.ToText(value),
                    _ => null
                };
                if (string.IsNullOrWhiteSpace(code))
                    continue;

                var data = TamaraJson.ToTextMap(entry is JObject withData ? withData["data"] : null)
                    .ToDictionary(pair => pair.Key, pair => Redact(pair.Value), StringComparer.Ordinal);
                errors.Add(new TamaraApiError(code, data));
            }
        }

        // Some answers carry their code only in the message, e.g. "refund.capture_not_found".
        foreach (var code in CodeInMessage().Matches(tamaraMessage ?? string.Empty).Select(match => match.Value))
        {
            if (errors.All(error => error.Code != code))
                errors.Add(new TamaraApiError(code, new Dictionary<string, string>()));
        }

        var codes = errors.Count == 0 ? string.Empty : $" [{string.Join(", ", errors.Select(error => error.Code).Distinct())}]";
        var text = $"Tamara answered {statusCode} to {method} /{path}: {tamaraMessage ?? "no message"}{codes}";

        return statusCode == 409
            ? new TamaraConflictException(text, tamaraMessage, errors) { Method = method.Method, Path = "/" + path }
            : new TamaraApiException(text, statusCode, tamaraMessage, errors) { Method = method.Method, Path = "/" + path };
    }

    #endregion

    #region Methods

    /// <summary>
    /// Sends the call and returns Tamara's JSON answer (JSON null for an empty body) with its status.
    /// </summary>
    /// <param name="method">GET calls of <see cref="TamaraCallKind.Order"/> are retried with backoff; other calls never are.</param>
    /// <param name="path">Path relative to the base URL, ids already escaped, without a leading slash.</param>
    /// <param name="query">Query string without '?', or null.</param>
    /// <param name="body">Request model to send as JSON, or null.</param>
    /// <param name="kind">Sets the time limit of each attempt and whether a read is retried.</param>
    /// <param name="orderId">Tamara order id for the call log, when the call is about one.</param>
    /// <param name="cancellationToken">The caller's cancellation; it stays an <see cref="OperationCanceledException"/>.</param>
    public async Task<TamaraResponse> SendAsync(HttpMethod method, string path, string? query, object? body, TamaraCallKind kind,
        string? orderId, CancellationToken cancellationToken)
    {
        var timeout = kind == TamaraCallKind.Eligibility ? _options.EligibilityTimeout : _options.OrderTimeout;
        var pathAndQuery = string.IsNullOrEmpty(query) ? path : $"{path}?{query}";
        var json = body is null ? null : TamaraJson.Serialize(body);
        var attempts = method == HttpMethod.Get && kind == TamaraCallKind.Order ? 1 + Math.Max(0, _options.ReadRetryCount) : 1;

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var (statusCode, text, startedAt) = await SendOnceAsync(method, path, pathAndQuery, json, timeout, orderId, attempt, cancellationToken);
                if (statusCode is < 200 or > 299)
                {
                    Log(method, path, statusCode, startedAt, orderId, attempt, null);
                    throw CreateApiException(method, path, statusCode, text);
                }

                JToken answer;
                try
                {
                    answer = TamaraJson.Parse(text);
                }
                catch (JsonException exception)
                {
                    Log(method, path, statusCode, startedAt, orderId, attempt, "answer is not JSON");
                    throw new TamaraInvalidResponseException($"Tamara answered {statusCode} to {method} /{path} with a body that is not JSON.",
                        statusCode, exception) { Method = method.Method, Path = "/" + path };
                }

                // A new checkout session names its order only in the answer.
                var loggedOrderId = orderId ?? (answer is JObject withOrder && withOrder["order_id"] is JValue id ? TamaraJson.ToText(id) : null);
                Log(method, path, statusCode, startedAt, loggedOrderId, attempt, null);

                return new TamaraResponse(statusCode, answer, method, path);
            }
            catch (TamaraException exception) when (attempt < attempts && IsWorthRetrying(exception))
            {
                var delay = _options.ReadRetryDelay * Math.Pow(2, attempt - 1);
                await Task.Delay(delay, cancellationToken);
            }
        }
    }

    #endregion
}
