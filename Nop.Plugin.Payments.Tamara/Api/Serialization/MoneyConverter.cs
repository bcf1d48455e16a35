using Newtonsoft.Json;
using Nop.Plugin.Payments.Tamara.Api.Models;

namespace Nop.Plugin.Payments.Tamara.Api.Serialization;

/// <summary>
/// <c>{"amount": 300.5, "currency": "SAR"}</c>; the amount is rounded to the currency's minor digits on write.
/// </summary>
internal sealed class MoneyConverter : JsonConverter<Money>
{
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

        writer.WriteStartObject();
        writer.WritePropertyName("amount");
        JsonDecimal.Write(writer, TamaraCurrency.Round(value.Amount, value.Currency));
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
}
