using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Nop.Plugin.Payments.Tamara.Api.Models;

namespace Nop.Plugin.Payments.Tamara.Api.Serialization;

/// <summary>
/// <c>{"amount": 300.5, "currency": "SAR"}</c>; the amount is rounded to the currency's minor digits on write.
/// </summary>
internal sealed class MoneyConverter : JsonConverter<Money>
{
    public override Money? ReadJson(JsonReader reader, Type objectType, Money? existingValue, bool hasExistingValue, JsonSerializer serializer)
    {
        return Read(JToken.Load(reader));
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

    public static Money? Read(JToken token)
    {
        return token switch
        {
            JObject money => new Money(JsonDecimal.Read(money["amount"]) ?? 0m, (string?)money["currency"] ?? string.Empty),
            JValue { Type: JTokenType.Null } => null,
            // Seen from older endpoints: a bare number without a currency.
            JValue value => new Money(JsonDecimal.Read(value) ?? 0m, string.Empty),
            _ => throw new JsonSerializationException("An amount must be an object with amount and currency.")
        };
    }
}
