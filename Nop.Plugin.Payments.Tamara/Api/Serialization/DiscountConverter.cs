using System.Globalization;
using Newtonsoft.Json;
using Nop.Plugin.Payments.Tamara.Api.Models;

namespace Nop.Plugin.Payments.Tamara.Api.Serialization;

/// <summary>
/// <c>{"amount": {money}, "name": ...}</c>; order details sometimes give a bare money object instead, which reads as a nameless discount.
/// </summary>
internal sealed class DiscountConverter : JsonConverter<Discount>
{
    public override Discount? ReadJson(JsonReader reader, Type objectType, Discount? existingValue, bool hasExistingValue, JsonSerializer serializer)
    {
        if (reader.TokenType != JsonToken.StartObject)
        {
            reader.Skip();
            return null;
        }

        Money? nested = null;
        decimal? bareAmount = null;
        string? currency = null;
        string? name = null;
        while (JsonTokens.NextProperty(reader) is { } property)
        {
            switch (property)
            {
                case "amount" when reader.TokenType == JsonToken.StartObject:
                    nested = MoneyConverter.ReadObject(reader);
                    break;
                case "amount":
                    bareAmount = JsonDecimal.Read(reader);
                    break;
                case "currency":
                    currency = JsonTokens.StringOrSkip(reader);
                    break;
                case "name":
                    name = reader.Value is { } scalar ? Convert.ToString(scalar, CultureInfo.InvariantCulture) : JsonTokens.StringOrSkip(reader);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return new Discount { Amount = nested ?? new Money(bareAmount ?? 0m, currency ?? string.Empty), Name = name };
    }

    public override void WriteJson(JsonWriter writer, Discount? value, JsonSerializer serializer)
    {
        if (value is null)
        {
            writer.WriteNull();
            return;
        }

        writer.WriteStartObject();
        if (value.Amount is not null)
        {
            writer.WritePropertyName("amount");
            serializer.Serialize(writer, value.Amount);
        }

        if (value.Name is not null)
        {
            writer.WritePropertyName("name");
            writer.WriteValue(value.Name);
        }

        writer.WriteEndObject();
    }
}
