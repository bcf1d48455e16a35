using System.Buffers;
using Newtonsoft.Json;
using Nop.Plugin.Payments.Tamara.Api.Models;

namespace Nop.Plugin.Payments.Tamara.Api.Serialization;

/// <summary>
/// <c>{"amount": 300.5, "currency": "SAR"}</c>; the amount is rounded to the currency's minor digits on write.
/// </summary>
internal sealed class MoneyConverter : JsonConverter<Money>
{
    #region Fields

    private const string AmountPrefix = "{\"amount\":";
    private const string CurrencyPrefix = ",\"currency\":\"";
    private const int MaxPlainCodeLength = 8;

    private static readonly SearchValues<char> _plainCodeCharacters =
        SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    #endregion

    #region Utilities

    /// <summary>A currency code the writer would not escape: a few ASCII letters or digits.</summary>
    private static bool IsPlainCode(string? currency)
    {
        return currency is { Length: > 0 and <= MaxPlainCodeLength } && !currency.AsSpan().ContainsAnyExcept(_plainCodeCharacters);
    }

    private static int Append(Span<char> destination, int length, string text)
    {
        text.CopyTo(destination[length..]);
        return length + text.Length;
    }

    #endregion

    #region Methods

    public override Money? ReadJson(JsonReader reader, Type objectType, Money? existingValue, bool hasExistingValue, JsonSerializer serializer)
    {
        return reader.TokenType switch
        {
            JsonToken.StartObject => ReadObject(reader),
            JsonToken.Null => null,
            // Seen from older endpoints: a bare number without a currency.
            JsonToken.Integer or JsonToken.Float or JsonToken.String => new Money(JsonDecimal.Read(reader) ?? 0m, string.Empty),
            _ => throw new JsonSerializationException("An amount must be an object with amount and currency.")
        };
    }

    public override void WriteJson(JsonWriter writer, Money? value, JsonSerializer serializer)
    {
        if (value is null)
        {
            writer.WriteNull();
            return;
        }

        var amount = TamaraCurrency.Round(value.Amount, value.Currency);
        if (IsPlainCode(value.Currency))
        {
            // A checkout writes four amounts a line: one raw value instead of five writer calls. The text is exactly what
            // the writer makes of the tokens below, since Tamara's JSON is never indented and a plain code needs no escaping.
            Span<char> text = stackalloc char[AmountPrefix.Length + JsonDecimal.MaxLength + CurrencyPrefix.Length + MaxPlainCodeLength + 2];
            var length = Append(text, 0, AmountPrefix);
            length += JsonDecimal.Format(amount, text[length..]);
            length = Append(text, length, CurrencyPrefix);
            length = Append(text, length, value.Currency);
            length = Append(text, length, "\"}");
            writer.WriteRawValue(new string(text[..length]));
            return;
        }

        writer.WriteStartObject();
        writer.WritePropertyName("amount");
        JsonDecimal.Write(writer, amount);
        writer.WritePropertyName("currency");
        writer.WriteValue(value.Currency);
        writer.WriteEndObject();
    }

    /// <summary>The money object the reader is on (at its start); the reader ends on its closing brace.</summary>
    public static Money ReadObject(JsonReader reader)
    {
        decimal? amount = null;
        string? currency = null;
        while (JsonTokens.NextProperty(reader) is { } name)
        {
            if (name == "amount")
                amount = JsonDecimal.Read(reader);
            else if (name == "currency")
                currency = JsonTokens.StringOrSkip(reader);
            else
                reader.Skip();
        }

        return new Money(amount ?? 0m, currency ?? string.Empty);
    }

    #endregion
}
