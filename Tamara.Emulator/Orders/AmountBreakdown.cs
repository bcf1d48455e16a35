using System.Text.Json.Nodes;
using Tamara.Emulator.Currencies;
using Tamara.Emulator.Infrastructure;

namespace Tamara.Emulator.Orders;

/// <summary>
/// With <see cref="TamaraEmulatorOptions.StrictTotals"/>, a capture or cancel that describes its amount must add up as a
/// checkout does: every item's total_amount = unit_price × quantity − discount_amount, and total_amount = Σ items
/// total_amount + tax_amount + shipping_amount − discount_amount, exactly. A bare total_amount (no items) is accepted.
/// </summary>
internal static class AmountBreakdown
{
    #region Utilities

    private static decimal Amount(JsonObject owner, string name, string path, RequestValidation validation, TamaraCountry country) =>
        validation.Money(owner, name, path, required: false, country) ?? 0;

    #endregion

    #region Methods

    /// <summary>Adds to the validation every line and the total that do not add up.</summary>
    public static void Check(JsonObject body, decimal total, RequestValidation validation, TamaraCountry country)
    {
        if (body["items"] is not JsonArray items)
            return;

        var lines = 0m;
        for (var index = 0; index < items.Count; index++)
        {
            var path = $"items[{index}]";
            if (items[index] is not JsonObject item)
            {
                validation.Add("items_invalid", path, $"{path} must be an object");
                continue;
            }

            var lineTotal = validation.Money(item, "total_amount", $"{path}.total_amount", required: true, country) ?? 0;
            lines += lineTotal;
            var quantity = validation.Integer(item, "quantity", $"{path}.quantity", required: true);
            var unitPrice = validation.Money(item, "unit_price", $"{path}.unit_price", required: false, country);
            var discount = Amount(item, "discount_amount", $"{path}.discount_amount", validation, country);
            if (quantity is not null && unitPrice is not null && unitPrice.Value * quantity.Value - discount != lineTotal)
            {
                validation.Add("item_total_amount_mismatch", $"{path}.total_amount",
                    $"{path}.total_amount {MoneyJson.Normalize(lineTotal)} {country.Currency} does not equal unit_price × quantity - discount_amount = {MoneyJson.Normalize(unitPrice.Value * quantity.Value - discount)} {country.Currency}");
            }
        }

        var documented = lines + Amount(body, "tax_amount", "tax_amount", validation, country)
            + Amount(body, "shipping_amount", "shipping_amount", validation, country)
            - Amount(body, "discount_amount", "discount_amount", validation, country);
        if (documented != total)
        {
            validation.Add("total_amount_mismatch", "total_amount",
                $"total_amount {MoneyJson.Normalize(total)} {country.Currency} does not equal the sum of items total_amount + tax_amount + shipping_amount - discount_amount = {MoneyJson.Normalize(documented)} {country.Currency}",
                new JsonObject { ["expected_total_amount"] = MoneyJson.Write(documented, country.Currency) });
        }
    }

    #endregion
}
