using Newtonsoft.Json;

namespace Nop.Plugin.Payments.Tamara.Api.Serialization;

/// <summary>Small steps of the converters that read tokens straight from the reader, without building a JToken.</summary>
internal static class JsonTokens
{
    /// <summary>Moves to the next token; the answer ending in the middle of a value is an error, not a silent default.</summary>
    /// <exception cref="JsonReaderException">The JSON ends early.</exception>
    public static void Next(JsonReader reader)
    {
        if (!reader.Read())
            throw new JsonReaderException("Unexpected end of the JSON.");
    }

    /// <summary>
    /// In an object: moves to the next property's value and answers its name, or null at the closing brace. The caller
    /// reads or skips the value, leaving the reader on its last token.
    /// </summary>
    public static string? NextProperty(JsonReader reader)
    {
        Next(reader);
        if (reader.TokenType == JsonToken.EndObject)
            return null;

        var name = (string)reader.Value!;
        Next(reader);
        return name;
    }

    /// <summary>The string the reader is on, or null for any other token (an object or array is skipped whole).</summary>
    public static string? StringOrSkip(JsonReader reader)
    {
        if (reader.TokenType == JsonToken.String)
            return (string?)reader.Value;

        reader.Skip();
        return null;
    }
}
