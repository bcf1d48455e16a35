using System.Globalization;
using System.Text.Json.Nodes;
using Tamara.Emulator.Infrastructure;
using Tamara.Emulator.Currencies;
using Tamara.Emulator.Orders;

namespace Tamara.Emulator.Checkout;

/// <summary>
/// Checks a POST /checkout body as Tamara does and turns it into a new order. Totals must add up exactly to the
/// currency's minor digit: total_amount = Σ items[].total_amount + tax_amount + shipping_amount − discount.amount.
/// The seed's sample does not satisfy that formula (100 + 0 + 0 − 200 ≠ 300), but it satisfies exactly
/// total_amount = Σ (unit_price × quantity + items[].tax_amount) + shipping_amount − discount.amount
/// (490 + 10 + 0 − 200 = 300), the reading where the order discount holds every discount and the line taxes are the tax;
/// that second formula is accepted too unless <see cref="TamaraEmulatorOptions.StrictTotals"/> is on. No tolerance.
/// </summary>
internal sealed class CheckoutSessionReader
{
    #region Fields

    public static readonly string[] PaymentTypes = ["PAY_BY_INSTALMENTS", "PAY_NOW", "PAY_NEXT_MONTH", "PAY_BY_LATER"];
    public static readonly string[] Locales = ["en_US", "ar_SA"];
    private static readonly string[] _riskAssessmentDates = ["customer_dob", "account_creation_date", "date_of_first_transaction", "last_order_date"];
    private const int DefaultExpiresInMinutes = 30;

    private readonly TamaraEmulatorOptions _options;

    #endregion

    #region Ctor

    public CheckoutSessionReader(TamaraEmulatorOptions options)
    {
        _options = options;
    }

    #endregion

    #region Utilities

    private sealed record Line(decimal? TotalAmount, decimal? UnitPrice, int? Quantity, decimal TaxAmount);

    private static List<Line> ReadItems(JsonObject body, RequestValidation validation, TamaraCountry? country)
    {
        var lines = new List<Line>();
        if (body["items"] is not JsonArray items || items.Count == 0)
        {
            validation.Add("items_is_empty", "items", "items must hold at least one item");
            return lines;
        }

        for (var index = 0; index < items.Count; index++)
        {
            var path = $"items[{index}]";
            if (items[index] is not JsonObject item)
            {
                validation.Add("items_invalid", path, $"{path} must be an object");
                continue;
            }

            validation.String(item, "name", $"{path}.name", required: true, maxLength: 255);
            validation.String(item, "reference_id", $"{path}.reference_id", required: true);
            validation.String(item, "type", $"{path}.type", required: true);
            validation.String(item, "sku", $"{path}.sku", required: true, maxLength: 128);
            validation.String(item, "item_url", $"{path}.item_url", required: false);
            validation.String(item, "image_url", $"{path}.image_url", required: false);
            var quantity = validation.Integer(item, "quantity", $"{path}.quantity", required: true);
            if (quantity < 1)
                validation.Add("items_invalid_quantity", $"{path}.quantity", $"{path}.quantity must be at least 1");

            var total = validation.Money(item, "total_amount", $"{path}.total_amount", required: true, country);
            var unitPrice = validation.Money(item, "unit_price", $"{path}.unit_price", required: false, country);
            var tax = validation.Money(item, "tax_amount", $"{path}.tax_amount", required: false, country);
            validation.Money(item, "discount_amount", $"{path}.discount_amount", required: false, country);
            lines.Add(new Line(total, unitPrice, quantity, tax ?? 0));
        }

        return lines;
    }

    private static void ReadPhone(JsonObject? owner, string path, string errorCode, bool required, RequestValidation validation,
        TamaraCountry? country)
    {
        if (owner is null)
            return;

        var phone = validation.String(owner, "phone_number", $"{path}.phone_number", required);
        var addressCountry = TamaraCountry.ByCountryCode(JsonString(owner, "country_code")) ?? country;
        if (phone is not null && addressCountry is not null && !addressCountry.IsValidMobileNumber(phone))
            validation.Add(errorCode, $"{path}.phone_number", $"{path}.phone_number {phone} is not a mobile number of {addressCountry.CountryCode}");
    }

    private static string? JsonString(JsonObject owner, string name) => TamaraJson.ReadString(owner, name);

    private static JsonObject? ReadAddress(JsonObject body, string name, bool required, RequestValidation validation, TamaraCountry? country)
    {
        var address = validation.Object(body, name, name, required);
        if (address is null)
            return null;

        validation.String(address, "first_name", $"{name}.first_name", required: true);
        validation.String(address, "last_name", $"{name}.last_name", required: true);
        validation.String(address, "line1", $"{name}.line1", required: true);
        validation.String(address, "city", $"{name}.city", required: true);
        var countryCode = validation.String(address, "country_code", $"{name}.country_code", required: true);
        if (countryCode is not null && country is not null && !string.Equals(countryCode, country.CountryCode, StringComparison.Ordinal))
        {
            validation.Add("not_supported_delivery_country", $"{name}.country_code",
                $"{name}.country_code {countryCode} is not supported for an order in {country.CountryCode}");
        }

        ReadPhone(address, name, $"{name}_invalid_phone_number", required: false, validation, country);
        return address;
    }

    private static MerchantUrls? ReadMerchantUrls(JsonObject body, RequestValidation validation)
    {
        var merchantUrl = validation.Object(body, "merchant_url", "merchant_url", required: true);
        if (merchantUrl is null)
            return null;

        string? Url(string name, bool required)
        {
            var url = validation.String(merchantUrl, name, $"merchant_url.{name}", required);
            if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            {
                validation.Add($"merchant_url_invalid_{name}", $"merchant_url.{name}", $"merchant_url.{name} must be an absolute http or https URL");
                return null;
            }

            return url;
        }

        var success = Url("success", required: true);
        var failure = Url("failure", required: true);
        var cancel = Url("cancel", required: true);
        var notification = Url("notification", required: false);
        return success is null || failure is null || cancel is null ? null : new MerchantUrls(success, failure, cancel, notification);
    }

    private void ReadPlan(JsonObject body, RequestValidation validation, out string? paymentType, out int? instalments, out bool chosenOnPage)
    {
        //with single checkout the shopper chooses the plan on the hosted page: the emulated shopper takes the first instalments offered
        paymentType = validation.String(body, "payment_type", "payment_type", required: !_options.SingleCheckoutEnabled);
        chosenOnPage = paymentType is null && _options.SingleCheckoutEnabled;
        if (chosenOnPage)
        {
            paymentType = "PAY_BY_INSTALMENTS";
            instalments = _options.Instalments.FirstOrDefault();
            return;
        }

        if (paymentType is not null && !PaymentTypes.Contains(paymentType))
        {
            validation.Add("payment_type_not_supported", "payment_type",
                $"payment_type {paymentType} is not one of {string.Join(", ", PaymentTypes)}");
        }

        instalments = validation.Integer(body, "instalments", "instalments", required: paymentType == "PAY_BY_INSTALMENTS");
        if (instalments is null)
            return;

        if (paymentType != "PAY_BY_INSTALMENTS")
            validation.Add("instalments_not_allowed", "instalments", $"instalments are only sent with PAY_BY_INSTALMENTS, not {paymentType}");
        else if (!_options.Instalments.Contains(instalments.Value))
        {
            validation.Add("instalments_not_supported", "instalments",
                $"{instalments} instalments are not offered; available: {string.Join(", ", _options.Instalments)}");
        }
    }

    private static void ReadRiskAssessment(JsonObject body, RequestValidation validation)
    {
        if (body["risk_assessment"] is not JsonObject risk)
            return;

        foreach (var name in _riskAssessmentDates)
        {
            var value = validation.String(risk, name, $"risk_assessment.{name}", required: false);
            if (value is not null && !DateTime.TryParseExact(value, "dd-MM-yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                validation.Add($"risk_assessment_invalid_{name}", $"risk_assessment.{name}", $"risk_assessment.{name} {value} is not a dd-mm-yyyy date");
        }
    }

    private void CheckTotals(decimal total, decimal tax, decimal shipping, decimal discount, List<Line> lines, RequestValidation validation,
        TamaraCountry country)
    {
        var documented = lines.Sum(line => line.TotalAmount ?? 0) + tax + shipping - discount;
        if (documented == total)
            return;

        var grossLines = lines.All(line => line.UnitPrice is not null && line.Quantity is not null)
            ? lines.Sum(line => line.UnitPrice!.Value * line.Quantity!.Value + line.TaxAmount) + shipping - discount
            : (decimal?)null;
        if (!_options.StrictTotals && grossLines == total)
            return;

        validation.Add("total_amount_mismatch", "total_amount",
            $"total_amount {MoneyJson.Normalize(total)} {country.Currency} does not equal the sum of items total_amount + tax_amount + shipping_amount - discount = {MoneyJson.Normalize(documented)} {country.Currency}",
            new JsonObject { ["expected_total_amount"] = MoneyJson.Write(documented, country.Currency) });
    }

    private void CheckLimits(decimal total, RequestValidation validation, TamaraCountry country)
    {
        if (total >= _options.MinLimit && total <= _options.MaxLimit)
            return;

        validation.Add("total_amount_invalid_limit", "total_amount",
            $"total_amount {MoneyJson.Normalize(total)} {country.Currency} is outside the limits {MoneyJson.Normalize(_options.MinLimit)} to {MoneyJson.Normalize(_options.MaxLimit)}",
            new JsonObject
            {
                ["min_limit"] = MoneyJson.Write(_options.MinLimit, country.Currency),
                ["max_limit"] = MoneyJson.Write(_options.MaxLimit, country.Currency)
            });
    }

    #endregion

    #region Methods

    /// <summary>The order the request describes; every problem found is answered at once as a 400.</summary>
    public EmulatedOrder Read(JsonObject body, DateTimeOffset now)
    {
        var validation = new RequestValidation();

        var countryCode = validation.String(body, "country_code", "country_code", required: true);
        var country = TamaraCountry.ByCountryCode(countryCode);
        if (countryCode is not null && country is null)
            validation.Add("country_code_not_supported", "country_code", $"country_code {countryCode} is not a Tamara country");

        var totalMoney = body["total_amount"] as JsonObject;
        var currency = totalMoney is null ? null : JsonString(totalMoney, "currency");
        if (currency is not null && TamaraCountry.ByCurrency(currency) is null)
            validation.Add("currency_unsupported", "total_amount.currency", $"Currency {currency} is not supported by Tamara");

        var total = validation.Money(body, "total_amount", "total_amount", required: true, country);
        var tax = validation.Money(body, "tax_amount", "tax_amount", required: true, country);
        var shipping = validation.Money(body, "shipping_amount", "shipping_amount", required: true, country);
        var discountObject = validation.Object(body, "discount", "discount", required: false);
        var discount = discountObject is null ? 0 : validation.Money(discountObject, "amount", "discount.amount", required: true, country);
        var discountName = discountObject is null ? null : validation.String(discountObject, "name", "discount.name", required: false);
        var lines = ReadItems(body, validation, country);

        var orderReferenceId = validation.String(body, "order_reference_id", "order_reference_id", required: true);
        var orderNumber = validation.String(body, "order_number", "order_number", required: false);
        validation.String(body, "description", "description", required: false, maxLength: 256);

        var consumer = validation.Object(body, "consumer", "consumer", required: true);
        if (consumer is not null)
        {
            validation.String(consumer, "first_name", "consumer.first_name", required: true);
            validation.String(consumer, "last_name", "consumer.last_name", required: true);
            var email = validation.String(consumer, "email", "consumer.email", required: true);
            if (email is not null && !System.Text.RegularExpressions.Regex.IsMatch(email, @"^[^@\s]+@[^@\s]+\.[^@\s]+$"))
                validation.Add("consumer_invalid_email", "consumer.email", $"consumer.email {email} is not an e-mail address");
            ReadPhone(consumer, "consumer", "consumer_invalid_phone_number", required: true, validation, country);
        }

        ReadAddress(body, "shipping_address", required: true, validation, country);
        ReadAddress(body, "billing_address", required: false, validation, country);
        var merchantUrls = ReadMerchantUrls(body, validation);
        ReadPlan(body, validation, out var paymentType, out var instalments, out var planChosenOnPage);

        var locale = validation.String(body, "locale", "locale", required: false) ?? "en_US";
        if (!Locales.Contains(locale))
            validation.Add("locale_not_supported", "locale", $"locale {locale} is not one of {string.Join(", ", Locales)}");

        var expiresInMinutes = validation.Integer(body, "expires_in_minutes", "expires_in_minutes", required: false) ?? DefaultExpiresInMinutes;
        if (expiresInMinutes is < 5 or > 1440)
            validation.Add("expires_in_minutes_invalid", "expires_in_minutes", "expires_in_minutes must be between 5 and 1440");

        ReadRiskAssessment(body, validation);

        if (country is not null && total is not null && tax is not null && shipping is not null && discount is not null
            && lines.All(line => line.TotalAmount is not null) && !validation.HasErrors)
        {
            CheckTotals(total.Value, tax.Value, shipping.Value, discount.Value, lines, validation, country);
            CheckLimits(total.Value, validation, country);
        }

        validation.ThrowIfAny();

        return new EmulatedOrder
        {
            OrderId = Guid.NewGuid().ToString(),
            CheckoutId = Guid.NewGuid().ToString(),
            OrderReferenceId = orderReferenceId!,
            OrderNumber = orderNumber,
            CountryCode = country!.CountryCode,
            Currency = country.Currency,
            Locale = locale,
            PaymentType = paymentType!,
            Instalments = instalments,
            PlanChosenOnTamaraPage = planChosenOnPage,
            TotalAmount = total!.Value,
            TaxAmount = tax!.Value,
            ShippingAmount = shipping!.Value,
            DiscountAmount = discount ?? 0,
            DiscountName = discountName,
            Request = (JsonObject)body.DeepClone(),
            MerchantUrls = merchantUrls!,
            CreatedAt = now,
            CheckoutExpiresAt = now.AddMinutes(expiresInMinutes)
        };
    }

    #endregion
}
