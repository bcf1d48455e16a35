using System.Diagnostics;
using System.Net.Http.Headers;
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

    // A code Tamara put only in the message: the whole message ("order_not_found") or a dotted code inside it
    // ("refund.capture_not_found"). Field names and host names in prose ("total_amount", "api.tamara.co") are not codes.
    [GeneratedRegex(@"^[a-z][a-z0-9]*(?:[._][a-z0-9]+)+$")]
    private static partial Regex MessageIsCode();

    [GeneratedRegex(@"\b[a-z][a-z0-9_]*\.[a-z0-9]+(?:_[a-z0-9]+)+\b")]
    private static partial Regex DottedCodeInMessage();

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

    private static ByteArrayContent JsonContent(ArraySegment<byte> json)
    {
        var content = new ByteArrayContent(json.Array!, json.Offset, json.Count);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    private async Task<(T Answer, int StatusCode)> SendOnceAsync<T>(HttpMethod method, string path, string pathAndQuery, ArraySegment<byte>? body, TimeSpan timeout,
        string? orderId, Func<T, string?>? answerOrderId, int attempt, CancellationToken cancellationToken) where T : new()
    {
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);

        using var request = new HttpRequestMessage(method, new Uri(_baseUrl, pathAndQuery));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _apiToken);
        request.Headers.TryAddWithoutValidation("Accept", "application/json");
        if (body is { } json)
            request.Content = JsonContent(json);

        var startedAt = Stopwatch.GetTimestamp();
        HttpResponseMessage response;
        try
        {
            // The whole body is read here, under the time limit; the JSON is then read from memory.
            response = await _httpClient.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeoutSource.Token);
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

        using (response)
        {
            var statusCode = (int)response.StatusCode;
            if (statusCode is < 200 or > 299)
            {
                Log(method, path, statusCode, startedAt, orderId, attempt, null);
                throw CreateApiException(method, path, statusCode, await response.Content.ReadAsStringAsync(CancellationToken.None));
            }

            T answer;
            try
            {
                answer = TamaraJson.Read<T>(response.Content.ReadAsStream(CancellationToken.None));
            }
            catch (JsonReaderException exception)
            {
                Log(method, path, statusCode, startedAt, orderId, attempt, "answer is not JSON");
                throw new TamaraInvalidResponseException($"Tamara answered {statusCode} to {method} /{path} with a body that is not JSON.",
                    statusCode, exception) { Method = method.Method, Path = "/" + path };
            }
            catch (Exception exception) when (exception is JsonException or FormatException or InvalidCastException or OverflowException or ArgumentException)
            {
                Log(method, path, statusCode, startedAt, orderId, attempt, "answer does not fit");
                throw new TamaraInvalidResponseException($"Tamara's answer to {method} /{path} does not have the shape of {typeof(T).Name}.",
                    statusCode, exception) { Method = method.Method, Path = "/" + path };
            }

            Log(method, path, statusCode, startedAt, orderId ?? answerOrderId?.Invoke(answer), attempt, null);
            return (answer, statusCode);
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

        var trimmedMessage = tamaraMessage?.Trim() ?? string.Empty;
        var codesInMessage = MessageIsCode().IsMatch(trimmedMessage)
            ? [trimmedMessage]
            : DottedCodeInMessage().Matches(trimmedMessage).Select(match => match.Value).ToList();
        foreach (var code in codesInMessage)
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
    /// Sends the call and reads Tamara's JSON answer straight into <typeparamref name="T"/> (a default instance for an
    /// empty answer).
    /// </summary>
    /// <param name="method">GET calls of <see cref="TamaraCallKind.Order"/> are retried with backoff; other calls never are.</param>
    /// <param name="path">Path relative to the base URL, ids already escaped, without a leading slash.</param>
    /// <param name="query">Query string without '?', or null.</param>
    /// <param name="body">Request model to send as JSON, or null.</param>
    /// <param name="kind">Sets the time limit of each attempt and whether a read is retried.</param>
    /// <param name="orderId">Tamara order id for the call log, when the call is about one.</param>
    /// <param name="cancellationToken">The caller's cancellation; it stays an <see cref="OperationCanceledException"/>.</param>
    /// <param name="answerOrderId">The order id in the answer, for the call log of a call that names its order only there (a new checkout session).</param>
    /// <exception cref="TamaraInvalidResponseException">The answer is not JSON, or not of the shape of <typeparamref name="T"/>.</exception>
    public async Task<T> SendAsync<T>(HttpMethod method, string path, string? query, object? body, TamaraCallKind kind,
        string? orderId, CancellationToken cancellationToken, Func<T, string?>? answerOrderId = null) where T : new()
    {
        return (await SendWithStatusAsync(method, path, query, body, kind, orderId, cancellationToken, answerOrderId)).Answer;
    }

    /// <summary>As <see cref="SendAsync{T}"/>, with the status code of the answer, for callers that check the answer further.</summary>
    public async Task<(T Answer, int StatusCode)> SendWithStatusAsync<T>(HttpMethod method, string path, string? query, object? body,
        TamaraCallKind kind, string? orderId, CancellationToken cancellationToken, Func<T, string?>? answerOrderId = null) where T : new()
    {
        var timeout = kind == TamaraCallKind.Eligibility ? _options.EligibilityTimeout : _options.OrderTimeout;
        var pathAndQuery = string.IsNullOrEmpty(query) ? path : $"{path}?{query}";
        ArraySegment<byte>? json = body is null ? default(ArraySegment<byte>?) : TamaraJson.SerializeToUtf8(body);
        var attempts = method == HttpMethod.Get && kind == TamaraCallKind.Order ? 1 + Math.Max(0, _options.ReadRetryCount) : 1;

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await SendOnceAsync(method, path, pathAndQuery, json, timeout, orderId, answerOrderId, attempt, cancellationToken);
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
