using Newtonsoft.Json;

namespace Nop.Plugin.Payments.Tamara.Api.Serialization;

/// <summary>
/// Plain decimals (risk assessment, additional data): numbers or numeric strings in, plain numbers out.
/// </summary>
internal sealed class TolerantDecimalConverter : JsonConverter
{
    public override bool CanConvert(Type objectType)
    {
        return objectType == typeof(decimal) || objectType == typeof(decimal?);
    }

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        var value = JsonDecimal.Read(reader);
        return value ?? (objectType == typeof(decimal) ? 0m : null);
    }

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        if (value is decimal number)
            JsonDecimal.Write(writer, number);
        else
            writer.WriteNull();
    }
}
