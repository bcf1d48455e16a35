using System.Globalization;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Nop.Plugin.Payments.Tamara.Api.Serialization;

/// <summary>
/// Tamara's JSON dialect: snake_case, nulls left out on write, tolerant on read (unknown fields, numbers as strings,
/// statuses added later), money as plain numbers in major units.
/// </summary>
internal static class TamaraJson
{
    #region Fields

    private static readonly JsonSerializerSettings _settings = new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        MissingMemberHandling = MissingMemberHandling.Ignore,
        DateParseHandling = DateParseHandling.None,
        FloatParseHandling = FloatParseHandling.Decimal,
        ContractResolver = new TamaraContractResolver()
    };

    private static readonly JsonSerializer _serializer = JsonSerializer.Create(_settings);

    private static readonly UTF8Encoding _utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // Most request bodies fit; a checkout of many lines grows it from the pool.
    private const int InitialCharCapacity = 4096;

    #endregion

    #region Methods

    /// <summary>
    /// The model as Tamara's JSON in UTF-8, written straight from the model into pooled characters (no string in between).
    /// </summary>
    /// <returns>The JSON, in an array of its own: the HTTP client may still read a request's body after a canceled send,
    /// so the body is never a pooled buffer that goes back to the pool.</returns>
    public static ArraySegment<byte> SerializeToUtf8(object value)
    {
        using var text = new PooledCharWriter(InitialCharCapacity);
        using (var writer = new JsonTextWriter(text) { ArrayPool = JsonCharPool.Instance, CloseOutput = false })
            _serializer.Serialize(writer, value);
        return text.ToUtf8(_utf8);
    }

    /// <summary>
    /// Reads UTF-8 JSON straight into <typeparamref name="T"/>, keeping numbers exact and dates as text; an empty body
    /// or JSON null gives a default instance.
    /// </summary>
    /// <exception cref="JsonReaderException">The text is not JSON.</exception>
    /// <exception cref="JsonException">The JSON does not fit <typeparamref name="T"/>.</exception>
    public static T Read<T>(Stream utf8Json) where T : new()
    {
        // A small buffer: the JSON reader keeps its own (pooled) characters, this one only decodes the bytes into them.
        using var text = new StreamReader(utf8Json, _utf8, detectEncodingFromByteOrderMarks: true, bufferSize: 256, leaveOpen: true);
        using var reader = new JsonTextReader(text)
        {
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Decimal,
            ArrayPool = JsonCharPool.Instance
        };
        if (!reader.Read())
            return new T();

        var value = reader.TokenType == JsonToken.Null ? default : _serializer.Deserialize<T>(reader);
        if (reader.Read())
            throw new JsonReaderException("Unexpected content after the JSON value.");

        return value ?? new T();
    }

    /// <summary>
    /// Parses JSON text keeping numbers exact and dates as text; an empty body reads as null.
    /// </summary>
    /// <exception cref="JsonException">The text is not JSON.</exception>
    public static JToken Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return JValue.CreateNull();

        using var reader = new JsonTextReader(new StringReader(text))
        {
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Decimal
        };
        var token = JToken.ReadFrom(reader);
        if (reader.Read())
            throw new JsonReaderException("Unexpected content after the JSON value.");

        return token;
    }

    /// <summary>
    /// A JSON value as plain text: strings as they are, other scalars invariantly, objects and arrays as compact JSON.
    /// </summary>
    public static string ToText(JToken token)
    {
        return token switch
        {
            JValue { Value: null } => string.Empty,
            JValue { Type: JTokenType.String } value => (string)value!,
            JValue value => Convert.ToString(value.Value, CultureInfo.InvariantCulture) ?? string.Empty,
            _ => token.ToString(Formatting.None)
        };
    }

    /// <summary>
    /// The fields of an object as text; anything else (Tamara sends <c>[]</c> for "no data") gives an empty map.
    /// </summary>
    public static IReadOnlyDictionary<string, string> ToTextMap(JToken? token)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (token is JObject jObject)
        {
            foreach (var property in jObject.Properties())
                map[property.Name] = ToText(property.Value);
        }

        return map;
    }

    #endregion
}
