using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Tamara.Emulator.Currencies;

namespace Tamara.Emulator.Infrastructure;

/// <summary>
/// Collects every problem of one request, then answers them together in Tamara's error shape. Codes follow Tamara's
/// patterns: a missing top-level field gives "{field}_is_required", a missing nested one "{parent}_empty_{field}"
/// (consumer_empty_first_name), a money object in another currency "{field}_invalid_currency".
/// </summary>
internal sealed class RequestValidation
{
    #region Fields

    private readonly List<(TamaraError Error, string Message)> _errors = [];

    #endregion

    #region Utilities

    private static string CodeOf(string path) => Regex.Replace(path, @"\[\d+\]", string.Empty).Replace('.', '_');

    private void Missing(string path, string name)
    {
        var parent = path.Length > name.Length ? path[..(path.Length - name.Length - 1)] : string.Empty;
        var code = parent.Length == 0 ? $"{name}_is_required" : $"{CodeOf(parent)}_empty_{name}";
        Add(code, path, $"{path} is required");
    }

    #endregion

    #region Methods

    public bool HasErrors => _errors.Count > 0;

    public void Add(string errorCode, string field, string message, JsonObject? data = null)
    {
        var errorData = data ?? new JsonObject();
        errorData["field"] = field;
        _errors.Add((new TamaraError(errorCode, errorData), message));
    }

    public void ThrowIfAny()
    {
        if (!HasErrors)
            return;

        var message = _errors.Count == 1
            ? _errors[0].Message
            : "Invalid request: " + string.Join("; ", _errors.Select(error => error.Message));
        throw new TamaraApiException(HttpStatusCode.BadRequest, message, _errors.Select(error => error.Error).ToArray());
    }

    public JsonObject? Object(JsonObject parent, string name, string path, bool required)
    {
        var node = parent[name];
        if (node is JsonObject value)
            return value;

        if (node is not null)
            Add($"{CodeOf(path)}_invalid", path, $"{path} must be an object");
        else if (required)
            Missing(path, name);
        return null;
    }

    public string? String(JsonObject parent, string name, string path, bool required, int maxLength = int.MaxValue)
    {
        var node = parent[name];
        if (node is null || node is JsonValue { } empty && empty.GetValueKind() == JsonValueKind.String && string.IsNullOrWhiteSpace(empty.GetValue<string>()))
        {
            if (required)
                Missing(path, name);
            return null;
        }

        if (node is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
        {
            Add($"{CodeOf(path)}_invalid", path, $"{path} must be a string");
            return null;
        }

        var text = value.GetValue<string>();
        if (text.Length > maxLength)
            Add($"{CodeOf(path)}_too_long", path, $"{path} is longer than {maxLength} characters");
        return text;
    }

    public int? Integer(JsonObject parent, string name, string path, bool required)
    {
        var node = parent[name];
        if (node is null)
        {
            if (required)
                Missing(path, name);
            return null;
        }

        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<int>(out var number))
            return number;

        Add($"{CodeOf(path)}_invalid", path, $"{path} must be a whole number");
        return null;
    }

    /// <summary>
    /// A money object: amount a JSON number, not negative, with at most the currency's minor digits; currency the one
    /// the order is in. Answers the amount, or null when it is missing or wrong.
    /// </summary>
    public decimal? Money(JsonObject parent, string name, string path, bool required, TamaraCountry? country)
    {
        var money = Object(parent, name, path, required);
        if (money is null)
            return null;

        var currency = String(money, "currency", $"{path}.currency", required: true);
        var amount = MoneyJson.ReadAmount(money);
        if (amount is null)
        {
            Add($"{CodeOf(path)}_invalid_amount", $"{path}.amount", $"{path}.amount must be a JSON number in major units");
            return null;
        }

        if (amount < 0)
            Add($"{CodeOf(path)}_invalid_amount", $"{path}.amount", $"{path}.amount must not be negative");

        if (country is null || currency is null)
            return amount;

        if (!string.Equals(currency, country.Currency, StringComparison.Ordinal))
        {
            Add($"{CodeOf(path)}_invalid_currency", $"{path}.currency",
                $"{path}.currency is {currency}, but orders in {country.CountryCode} must be in {country.Currency}",
                new JsonObject { ["expected_currency"] = country.Currency });
            return null;
        }

        if (!MoneyJson.FitsMinorDigits(amount.Value, country.Decimals))
        {
            Add($"{CodeOf(path)}_invalid_decimal_places", $"{path}.amount",
                $"{path}.amount {amount} has more than {country.Decimals} decimals for {country.Currency}");
            return null;
        }

        return amount;
    }

    #endregion
}
