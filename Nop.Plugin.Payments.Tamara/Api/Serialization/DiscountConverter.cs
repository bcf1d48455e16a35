using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Nop.Plugin.Payments.Tamara.Api.Models;

namespace Nop.Plugin.Payments.Tamara.Api.Serialization;

/// <summary>
/// <c>{"amount": {money}, "name": ...}</c>; order details sometimes give a bare money object instead, which reads as a nameless discount.
/// </summary>
internal sealed class DiscountConverter : JsonConverter<Discount>
{
    public override Discount? ReadJson(JsonReader reader, Type objectType, Discount? existingValue, bool hasExistingValue, JsonSerializer serializer)
    {
        var token = JToken.Load(reader);
        if (token is not JObject discount)
            return null;

        var amount = discount["amount"] is JObject nested ? nested : discount;
        return new Discount { Amount = MoneyConverter.Read(amount), Name = (string?)discount["name"] };
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
