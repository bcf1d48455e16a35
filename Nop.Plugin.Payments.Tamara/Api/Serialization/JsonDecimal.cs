using System.Globalization;
using System.Numerics;
using Newtonsoft.Json;

namespace Nop.Plugin.Payments.Tamara.Api.Serialization;

/// <summary>
/// Decimals on Tamara's wire: read from numbers or numeric strings, written as plain numbers without trailing zeros.
/// </summary>
internal static class JsonDecimal
{
    /// <summary>Reads the value the reader is on; a missing, null or blank value is null.</summary>
    /// <exception cref="JsonSerializationException">The value is not a number.</exception>
    public static decimal? Read(JsonReader reader)
    {
        return reader.TokenType switch
        {
            JsonToken.Integer => reader.Value is BigInteger big ? (decimal)big : Convert.ToDecimal(reader.Value, CultureInfo.InvariantCulture),
            JsonToken.Float => Convert.ToDecimal(reader.Value, CultureInfo.InvariantCulture),
            JsonToken.String when decimal.TryParse((string?)reader.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) => value,
            JsonToken.String when string.IsNullOrWhiteSpace((string?)reader.Value) => null,
            JsonToken.Null or JsonToken.Undefined => null,
            _ => throw new JsonSerializationException($"'{reader.Value ?? reader.TokenType}' is not a number.")
        };
    }

    public static void Write(JsonWriter writer, decimal value)
    {
        // 300 stays 300 and 10.010 becomes 10.01, the way Tamara's own samples write amounts. Dividing by 1 with 28 zeros
        // drops the trailing zeros from the scale, so the standard format (far cheaper than a custom one) writes no more.
        writer.WriteRawValue(value == decimal.Zero ? "0" : (value / TrailingZeroDropper).ToString(CultureInfo.InvariantCulture));
    }

    private const decimal TrailingZeroDropper = 1.0000000000000000000000000000m;
}
