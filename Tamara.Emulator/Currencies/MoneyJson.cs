using System.Text.Json;
using System.Text.Json.Nodes;

namespace Tamara.Emulator.Currencies;

/// <summary>Tamara's money object: {"amount": JSON number in major units, "currency": "SAR"}.</summary>
internal static class MoneyJson
{
    public static JsonObject Write(decimal amount, string currency) => new()
    {
        ["amount"] = JsonValue.Create(Normalize(amount)),
        ["currency"] = currency
    };

    /// <summary>Drops trailing zeros so 300.00 is written as 300, as in the seeds.</summary>
    public static decimal Normalize(decimal amount) => amount / 1.0000000000000000000000000000m;

    /// <summary>True when the amount has no more digits after the point than the currency has minor digits.</summary>
    public static bool FitsMinorDigits(decimal amount, int decimals) => decimal.Round(amount, decimals) == amount;

    /// <summary>The amount of a money object when it is a JSON number; null when it is missing or of another kind.</summary>
    public static decimal? ReadAmount(JsonObject money) =>
        money["amount"] is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<decimal>(out var amount)
            ? amount
            : null;
}
