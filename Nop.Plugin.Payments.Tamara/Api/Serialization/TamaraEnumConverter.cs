using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.Serialization;
using Newtonsoft.Json;

namespace Nop.Plugin.Payments.Tamara.Api.Serialization;

/// <summary>
/// The client's enums by their <see cref="EnumMemberAttribute"/> text; a value Tamara added later reads as the enum's 0 (Unknown).
/// </summary>
internal sealed class TamaraEnumConverter : JsonConverter
{
    #region Fields

    private static readonly ConcurrentDictionary<Type, EnumTexts> _texts = new();

    #endregion

    #region Utilities

    /// <summary>An enum's values by text (any case) and texts by value, read once by reflection.</summary>
    private sealed class EnumTexts
    {
        public EnumTexts(Type enumType)
        {
            var fields = enumType.GetFields(BindingFlags.Public | BindingFlags.Static);
            ValuesByText = fields.ToDictionary(Text, field => field.GetValue(null)!, StringComparer.OrdinalIgnoreCase);
            TextsByValue = [];
            foreach (var field in fields)
                TextsByValue.TryAdd(field.GetValue(null)!, Text(field));
            Unknown = Enum.ToObject(enumType, 0);
        }

        public Dictionary<string, object> ValuesByText { get; }

        public Dictionary<object, string> TextsByValue { get; }

        public object Unknown { get; }

        private static string Text(FieldInfo field)
        {
            return field.GetCustomAttribute<EnumMemberAttribute>()?.Value ?? field.Name;
        }
    }

    private static Type EnumType(Type objectType)
    {
        return Nullable.GetUnderlyingType(objectType) ?? objectType;
    }

    private static EnumTexts TextsOf(Type enumType)
    {
        return _texts.GetOrAdd(enumType, type => new EnumTexts(type));
    }

    #endregion

    #region Methods

    /// <summary>The value of <typeparamref name="TEnum"/> with this text (any case, trimmed), or its 0 (Unknown).</summary>
    public static TEnum FromText<TEnum>(string text) where TEnum : struct, Enum
    {
        var texts = TextsOf(typeof(TEnum));
        return (TEnum)(texts.ValuesByText.TryGetValue(text.Trim(), out var value) ? value : texts.Unknown);
    }

    public override bool CanConvert(Type objectType)
    {
        var type = EnumType(objectType);
        return type.IsEnum && type.Namespace?.StartsWith("Nop.Plugin.Payments.Tamara.Api", StringComparison.Ordinal) == true;
    }

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        var type = EnumType(objectType);
        if (reader.TokenType == JsonToken.Null && type != objectType)
            return null;

        var texts = TextsOf(type);
        var text = JsonTokens.StringOrSkip(reader)?.Trim();
        return text is not null && texts.ValuesByText.TryGetValue(text, out var value) ? value : texts.Unknown;
    }

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        if (value is null)
        {
            writer.WriteNull();
            return;
        }

        writer.WriteValue(TextsOf(value.GetType()).TextsByValue.TryGetValue(value, out var text) ? text : value.ToString());
    }

    #endregion
}
