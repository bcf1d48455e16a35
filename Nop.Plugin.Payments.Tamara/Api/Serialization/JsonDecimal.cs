using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Nop.Plugin.Payments.Tamara.Api.Serialization;

/// <summary>
/// Decimals on Tamara's wire: read from numbers or numeric strings, written as plain numbers without trailing zeros.
/// </summary>
internal static class JsonDecimal
{
    public static decimal? Read(JToken? token)
    {
        return token?.Type switch
        {
            JTokenType.Integer or JTokenType.Float => token.Value<decimal>(),
            JTokenType.String when decimal.TryParse((string?)token, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) => value,
            JTokenType.String when string.IsNullOrWhiteSpace((string?)token) => null,
            null or JTokenType.Null or JTokenType.Undefined => null,
            _ => throw new JsonSerializationException($"'{token}' is not a number.")
        };
    }

    public static void Write(JsonWriter writer, decimal value)
    {
        // 300 stays 300 and 10.010 becomes 10.01, the way Tamara's own samples write amounts.
        writer.WriteRawValue(value.ToString("0.############################", CultureInfo.InvariantCulture));
    }
}
