using Newtonsoft.Json;

namespace Nop.Plugin.Payments.Tamara.Api.Serialization;

/// <summary>An answer whose body does not matter (any JSON is skipped unread), only that the call succeeded.</summary>
[JsonConverter(typeof(IgnoredAnswerConverter))]
internal sealed class IgnoredAnswer;

/// <summary>Skips the value the reader is on.</summary>
internal sealed class IgnoredAnswerConverter : JsonConverter<IgnoredAnswer>
{
    public override bool CanWrite => false;

    public override IgnoredAnswer ReadJson(JsonReader reader, Type objectType, IgnoredAnswer? existingValue, bool hasExistingValue, JsonSerializer serializer)
    {
        reader.Skip();
        return new IgnoredAnswer();
    }

    public override void WriteJson(JsonWriter writer, IgnoredAnswer? value, JsonSerializer serializer)
    {
        throw new NotSupportedException("An answer is only read.");
    }
}
