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
        Span<char> text = stackalloc char[MaxLength];
        writer.WriteRawValue(new string(text[..Format(value, text)]));
    }

    /// <summary>
    /// Writes the number as Tamara's wire has it into <paramref name="destination"/> (at least <see cref="MaxLength"/> long).
    /// </summary>
    /// <returns>The length of the text.</returns>
    public static int Format(decimal value, Span<char> destination)
    {
        // 300 stays 300 and 10.010 becomes 10.01, the way Tamara's own samples write amounts: the standard format keeps
        // the value's scale, so its trailing fraction zeros are cut off the text (cheaper than dividing them off the value).
        if (value == decimal.Zero)
        {
            destination[0] = '0';
            return 1;
        }

        value.TryFormat(destination, out var length, provider: CultureInfo.InvariantCulture);
        if (!destination[..length].Contains('.'))
            return length;

        length = destination[..length].TrimEnd('0').Length;
        return destination[length - 1] == '.' ? length - 1 : length;
    }

    /// <summary>Room for any decimal's text: the longest is 31 characters, a sign, "0." and 28 fraction digits.</summary>
    public const int MaxLength = 32;
}
