using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Encodings.Web;
using System.Text.Json.Nodes;

namespace Tamara.Emulator.Infrastructure;

/// <summary>Reading and writing Tamara's JSON as plain trees, with the field names spelled out where they are used.</summary>
internal static class TamaraJson
{
    private static readonly JsonNodeOptions _nodeOptions = new() { PropertyNameCaseInsensitive = false };

    /// <summary>Writes "&amp;" and "+" as they are (URLs, offsets), not as \u0026 escapes.</summary>
    public static readonly JsonSerializerOptions WriteOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(JsonNode node) => node.ToJsonString(WriteOptions);

    public static IResult Answer(JsonNode body, int statusCode = StatusCodes.Status200OK) =>
        Results.Content(Write(body), "application/json", statusCode: statusCode);

    /// <summary>Reads the body as a JSON object; anything else is a 400 in Tamara's error shape.</summary>
    public static async Task<JsonObject> ReadObjectAsync(HttpRequest request)
    {
        JsonNode? node;
        try
        {
            // Not cancelled with the request: a delayed call is still done after its caller left.
            node = await JsonNode.ParseAsync(request.Body, _nodeOptions);
        }
        catch (JsonException exception)
        {
            throw new TamaraApiException(HttpStatusCode.BadRequest, $"The request body is not valid JSON: {exception.Message}",
                new TamaraError("invalid_json"));
        }

        return node as JsonObject ?? throw new TamaraApiException(HttpStatusCode.BadRequest,
            "The request body must be a JSON object", new TamaraError("invalid_json"));
    }

    /// <summary>ISO-8601 with offset, as Tamara writes timestamps (2023-06-04T15:07:47+00:00).</summary>
    public static string Timestamp(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static string? ReadString(JsonObject parent, string name) =>
        parent[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
