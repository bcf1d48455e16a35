using System.Globalization;
using Newtonsoft.Json;

namespace Nop.Plugin.Payments.Tamara.Api.Serialization;

/// <summary>
/// Risk-assessment dates: dd-MM-yyyy, the only format Tamara takes there (a wrong one breaks checkout creation).
/// </summary>
internal sealed class DayMonthYearDateConverter : JsonConverter
{
    private const string DateFormat = "dd-MM-yyyy";

    public override bool CanConvert(Type objectType)
    {
        return objectType == typeof(DateOnly) || objectType == typeof(DateOnly?);
    }

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        var text = JsonTokens.StringOrSkip(reader);
        DateOnly? date = DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : null;
        return date ?? (objectType == typeof(DateOnly) ? default(DateOnly) : null);
    }

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        if (value is DateOnly date)
            writer.WriteValue(date.ToString(DateFormat, CultureInfo.InvariantCulture));
        else
            writer.WriteNull();
    }
}
