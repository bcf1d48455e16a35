using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Tamara.Emulator.Checkout;
using Tamara.Emulator.Faults;
using Tamara.Emulator.Infrastructure;
using Tamara.Emulator.Currencies;
using Tamara.Emulator.Orders;

namespace Tamara.Emulator.Endpoints;

/// <summary>POST /checkout, POST /checkout/payment-options-pre-check, GET /checkout/payment-types.</summary>
internal static class CheckoutEndpoints
{
    #region Utilities

    /// <summary>Where the hosted page of a session lives, under the emulator's public address.</summary>
    public static string CheckoutUrl(HttpRequest request, TamaraEmulatorOptions options, EmulatedOrder order)
    {
        var baseUrl = options.PublicUrl?.TrimEnd('/') ?? $"{request.Scheme}://{request.Host}";
        return $"{baseUrl}/hosted/checkout/{order.CheckoutId}?locale={order.Locale}&orderId={order.OrderId}";
    }

    private static async Task<IResult> CreateSessionAsync(HttpRequest request, CheckoutSessionReader reader, OrderBook orders,
        EmulatorClock clock, TamaraEmulatorOptions options)
    {
        var body = await TamaraJson.ReadObjectAsync(request);
        var order = reader.Read(body, clock.UtcNow);
        orders.Add(order);

        return TamaraJson.Answer(new JsonObject
        {
            ["order_id"] = order.OrderId,
            ["checkout_id"] = order.CheckoutId,
            ["checkout_url"] = CheckoutUrl(request, options, order),
            ["status"] = OrderStatuses.New
        });
    }

    private static async Task<IResult> PreCheckAsync(HttpRequest request, PaymentPlans plans, TamaraEmulatorOptions options)
    {
        var body = await TamaraJson.ReadObjectAsync(request);
        var validation = new RequestValidation();
        var countryCode = validation.String(body, "country", "country", required: true);
        var country = TamaraCountry.ByCountryCode(countryCode);
        if (countryCode is not null && country is null)
            validation.Add("country_not_supported", "country", $"country {countryCode} is not a Tamara country");
        var amount = validation.Money(body, "order_value", "order_value", required: true, country);
        var phone = validation.String(body, "phone_number", "phone_number", required: false);
        validation.ThrowIfAny();

        var phoneAccepted = phone is null || country!.IsValidMobileNumber(phone)
            && !options.NoOptionsPhoneNumbers.Any(refused => country.NationalNumber(refused) == country.NationalNumber(phone));
        var available = phoneAccepted && plans.IsWithinLimits(amount!.Value);
        return TamaraJson.Answer(new JsonObject
        {
            ["has_available_payment_options"] = available,
            ["single_checkout_enabled"] = options.SingleCheckoutEnabled,
            ["available_payment_labels"] = available ? plans.Labels() : new JsonArray()
        });
    }

    private static IResult PaymentTypes(HttpRequest request, PaymentPlans plans)
    {
        var countryCode = request.Query["country"].ToString();
        var currency = request.Query["currency"].ToString();
        var country = TamaraCountry.ByCountryCode(countryCode)
            ?? throw new TamaraApiException(HttpStatusCode.BadRequest, $"country '{countryCode}' is not a Tamara country",
                new TamaraError("country_not_supported"));
        if (currency.Length > 0 && !string.Equals(currency, country.Currency, StringComparison.Ordinal))
        {
            throw new TamaraApiException(HttpStatusCode.BadRequest, $"currency {currency} does not match {country.CountryCode} ({country.Currency})",
                new TamaraError("currency_unsupported"));
        }

        // With an order value outside the merchant's limits no plan is available, as Tamara answers for that amount.
        var orderValue = request.Query["order_value"].ToString();
        if (decimal.TryParse(orderValue, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) && !plans.IsWithinLimits(amount))
            return TamaraJson.Answer(new JsonArray());

        return TamaraJson.Answer(plans.PaymentTypes(country));
    }

    #endregion

    #region Methods

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/checkout", CreateSessionAsync).WithMetadata(new EndpointTag(EmulatedEndpoint.Checkout));
        app.MapPost("/checkout/payment-options-pre-check", PreCheckAsync).WithMetadata(new EndpointTag(EmulatedEndpoint.PaymentOptionsPreCheck));
        app.MapGet("/checkout/payment-types", PaymentTypes).WithMetadata(new EndpointTag(EmulatedEndpoint.PaymentTypes));
    }

    #endregion
}
