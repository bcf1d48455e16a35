using Newtonsoft.Json;

namespace Nop.Plugin.Payments.Tamara.Api.Serialization;

/// <summary>
/// An answer that is a bare JSON array, or the same array wrapped in an object (the first property holding an array):
/// Tamara answers payment types with a bare array, and the wrapped form is tolerated.
/// </summary>
[JsonConverter(typeof(ArrayAnswerConverter))]
internal sealed class ArrayAnswer<TItem>
{
    public List<TItem> Items { get; } = [];
}

/// <summary>Reads <see cref="ArrayAnswer{TItem}"/> from the reader without building a JToken.</summary>
internal sealed class ArrayAnswerConverter : JsonConverter
{
    public override bool CanWrite => false;

    public override bool CanConvert(Type objectType)
    {
        return objectType.IsGenericType && objectType.GetGenericTypeDefinition() == typeof(ArrayAnswer<>);
    }

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        var answer = Activator.CreateInstance(objectType)!;
        var items = objectType.GetProperty(nameof(ArrayAnswer<object>.Items))!.GetValue(answer)!;
        if (reader.TokenType == JsonToken.StartArray)
        {
            serializer.Populate(reader, items);
            return answer;
        }

        if (reader.TokenType != JsonToken.StartObject)
        {
            reader.Skip();
            return answer;
        }

        var found = false;
        while (JsonTokens.NextProperty(reader) is not null)
        {
            if (!found && reader.TokenType == JsonToken.StartArray)
            {
                serializer.Populate(reader, items);
                found = true;
            }
            else
                reader.Skip();
        }

        return answer;
    }

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        throw new NotSupportedException("An answer is only read.");
    }
}
