using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Nop.Plugin.Payments.Tamara.Api.Serialization;

/// <summary>
/// Timestamps: written in UTC as 2020-03-31T19:19:52.677Z; read from any ISO 8601 text, or Unix seconds; unreadable text reads as null.
/// </summary>
internal sealed class IsoDateTimeOffsetConverter : JsonConverter
{
    public override bool CanConvert(Type objectType)
    {
        return objectType == typeof(DateTimeOffset) || objectType == typeof(DateTimeOffset?);
    }

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        var token = JToken.Load(reader);
        DateTimeOffset? value = token.Type switch
        {
            JTokenType.String when DateTimeOffset.TryParse((string?)token, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal, out var parsed) => parsed,
            JTokenType.Integer => DateTimeOffset.FromUnixTimeSeconds((long)token),
            _ => null
        };

        return value ?? (objectType == typeof(DateTimeOffset) ? default(DateTimeOffset) : null);
    }

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        if (value is DateTimeOffset timestamp)
            writer.WriteValue(timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
        else
            writer.WriteNull();
    }
}
