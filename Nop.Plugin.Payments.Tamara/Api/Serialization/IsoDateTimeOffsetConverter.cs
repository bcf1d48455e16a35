using System.Globalization;
using Newtonsoft.Json;

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
        DateTimeOffset? value = reader.TokenType switch
        {
            JsonToken.String when DateTimeOffset.TryParse((string?)reader.Value, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal, out var parsed) => parsed,
            JsonToken.Integer => DateTimeOffset.FromUnixTimeSeconds(Convert.ToInt64(reader.Value, CultureInfo.InvariantCulture)),
            _ => null
        };
        reader.Skip();

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
