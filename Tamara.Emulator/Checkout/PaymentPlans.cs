using System.Text.Json.Nodes;
using Tamara.Emulator.Currencies;

namespace Tamara.Emulator.Checkout;

/// <summary>The plans the emulated merchant offers, as payment-types and the pre-check describe them.</summary>
internal sealed class PaymentPlans
{
    #region Fields

    private readonly TamaraEmulatorOptions _options;

    #endregion

    #region Ctor

    public PaymentPlans(TamaraEmulatorOptions options)
    {
        _options = options;
    }

    #endregion

    #region Utilities

    private JsonObject Plan(string name, string description, TamaraCountry country, JsonArray supportedInstalments) => new()
    {
        ["name"] = name,
        ["description"] = description,
        ["min_limit"] = MoneyJson.Write(_options.MinLimit, country.Currency),
        ["max_limit"] = MoneyJson.Write(_options.MaxLimit, country.Currency),
        ["supported_instalments"] = supportedInstalments
    };

    private static JsonObject Label(string paymentType, int instalment, string english, string arabic) => new()
    {
        ["payment_type"] = paymentType,
        ["instalment"] = instalment,
        ["description_en"] = english,
        ["description_ar"] = arabic
    };

    #endregion

    #region Methods

    public bool IsWithinLimits(decimal amount) => amount >= _options.MinLimit && amount <= _options.MaxLimit;

    /// <summary>GET /checkout/payment-types: [{name, description, min_limit, max_limit, supported_instalments[]}].</summary>
    public JsonArray PaymentTypes(TamaraCountry country)
    {
        var instalments = new JsonArray();
        foreach (var count in _options.Instalments)
        {
            instalments.Add(new JsonObject
            {
                ["instalments"] = count,
                ["min_limit"] = MoneyJson.Write(_options.MinLimit, country.Currency),
                ["max_limit"] = MoneyJson.Write(_options.MaxLimit, country.Currency)
            });
        }

        return
        [
            Plan("PAY_BY_INSTALMENTS", "Pay in instalments, interest-free", country, instalments),
            Plan("PAY_NOW", "Pay now in full", country, []),
            Plan("PAY_NEXT_MONTH", "Pay next month", country, [])
        ];
    }

    /// <summary>The available_payment_labels of the pre-check.</summary>
    public JsonArray Labels()
    {
        var labels = new JsonArray();
        foreach (var count in _options.Instalments)
            labels.Add(Label("PAY_BY_INSTALMENTS", count, $"Split in {count}, interest-free", $"قسّمها على {count} دفعات بدون فوائد"));
        labels.Add(Label("PAY_NOW", 0, "Pay now in full", "ادفع الآن كامل المبلغ"));
        labels.Add(Label("PAY_NEXT_MONTH", 1, "Pay next month", "ادفع الشهر القادم"));
        return labels;
    }

    #endregion
}
