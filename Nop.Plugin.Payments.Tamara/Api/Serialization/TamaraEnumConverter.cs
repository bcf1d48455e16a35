using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.Serialization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Nop.Plugin.Payments.Tamara.Api.Serialization;

/// <summary>
/// The client's enums by their <see cref="EnumMemberAttribute"/> text; a value Tamara added later reads as the enum's 0 (Unknown).
/// </summary>
internal sealed class TamaraEnumConverter : JsonConverter
{
    #region Fields

    private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<string, object>> _valuesByText = new();

    #endregion

    #region Utilities

    private static Type EnumType(Type objectType)
    {
        return Nullable.GetUnderlyingType(objectType) ?? objectType;
    }

    private static IReadOnlyDictionary<string, object> ValuesByText(Type enumType)
    {
        return _valuesByText.GetOrAdd(enumType, type => type
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .ToDictionary(field => Text(field), field => field.GetValue(null)!, StringComparer.OrdinalIgnoreCase));
    }

    private static string Text(FieldInfo field)
    {
        return field.GetCustomAttribute<EnumMemberAttribute>()?.Value ?? field.Name;
    }

    #endregion

    #region Methods

    public override bool CanConvert(Type objectType)
    {
        var type = EnumType(objectType);
        return type.IsEnum && type.Namespace?.StartsWith("Nop.Plugin.Payments.Tamara.Api", StringComparison.Ordinal) == true;
    }

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        var type = EnumType(objectType);
        var token = JToken.Load(reader);
        if (token.Type == JTokenType.Null && type != objectType)
            return null;

        var text = token.Type == JTokenType.String ? ((string?)token)?.Trim() : null;
        return text is not null && ValuesByText(type).TryGetValue(text, out var value)
            ? value
            : Enum.ToObject(type, 0);
    }

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        if (value is null)
        {
            writer.WriteNull();
            return;
        }

        var field = value.GetType().GetField(value.ToString()!);
        writer.WriteValue(field is null ? value.ToString() : Text(field));
    }

    #endregion
}
