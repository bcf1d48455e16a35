using System.Xml;
using System.Xml.Linq;
using Nop.Core;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Payments.Tamara.Api;
using Nop.Plugin.Payments.Tamara.Api.Models;
using Nop.Plugin.Payments.Tamara.Services.Orders;
using Nop.Services.Localization;
using Nop.Services.Logging;
using Nop.Services.Orders;

namespace Nop.Plugin.Payments.Tamara.Services.Checkout;

/// <summary>
/// Opens Tamara checkout sessions for placed orders
/// </summary>
public class TamaraCheckoutService
{
    #region Fields

    private readonly ILocalizationService _localizationService;
    private readonly ILogger _logger;
    private readonly IOrderService _orderService;
    private readonly TamaraCheckoutRequestBuilder _requestBuilder;
    private readonly TamaraClientProvider _clientProvider;
    private readonly TamaraOrderStateService _stateService;
    private readonly TamaraOrderSynchronizer _synchronizer;

    #endregion

    #region Ctor

    public TamaraCheckoutService(ILocalizationService localizationService,
        ILogger logger,
        IOrderService orderService,
        TamaraCheckoutRequestBuilder requestBuilder,
        TamaraClientProvider clientProvider,
        TamaraOrderStateService stateService,
        TamaraOrderSynchronizer synchronizer)
    {
        _localizationService = localizationService;
        _logger = logger;
        _orderService = orderService;
        _requestBuilder = requestBuilder;
        _clientProvider = clientProvider;
        _stateService = stateService;
        _synchronizer = synchronizer;
    }

    #endregion

    #region Utilities

    private static bool IsHttpUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static bool IsPayable(Order order) => order.PaymentStatus == PaymentStatus.Pending && order.OrderStatus != OrderStatus.Cancelled && !order.Deleted;

    private static string GetReasonResource(TamaraException exception)
    {
        if (exception is not TamaraApiException apiException)
            return "Checkout.Error.Unavailable";

        bool has(params string[] codes) => codes.Any(apiException.HasErrorCode);

        if (has("total_amount_invalid_limit", "total_amount_invalid_limit_24hrs_gmv", "amount_is_higher_than_max_limit", "amount_is_lower_than_min_limit"))
            return "Checkout.Error.Limit";
        if (has("consumer_invalid_phone_number", "invalid_phone_number", "billing_address_invalid_phone_number", "shipping_address_invalid_phone_number"))
            return "Checkout.Error.Phone";
        if (has("not_supported_delivery_country", "total_amount_invalid_currency", "currency_unsupported"))
            return "Checkout.Error.Country";

        return apiException.StatusCode >= 500 ? "Checkout.Error.Unavailable" : "Checkout.Error.Other";
    }

    private async Task<TamaraCheckoutResult> FailWithoutNoteAsync(string reasonResource)
    {
        var reason = await _localizationService.GetResourceAsync(TamaraDefaults.ResourcePrefix + reasonResource);
        var message = string.Format(await _localizationService.GetResourceAsync($"{TamaraDefaults.ResourcePrefix}Checkout.Failed"), reason);

        return TamaraCheckoutResult.Failed(message);
    }

    private async Task<TamaraCheckoutResult> FailAsync(Order order, string reasonResource, string note)
    {
        await _stateService.AddNoteAsync(order, note);
        await _logger.WarningAsync($"Tamara checkout for order {order.Id}: {note}");

        return await FailWithoutNoteAsync(reasonResource);
    }

    /// <summary>
    /// Gets the plan code kept in the order's custom values at checkout
    /// </summary>
    /// <param name="order">Order</param>
    /// <returns>The code (a plan, or the single checkout mark), or null when none was kept</returns>
    private static string? GetChosenPlanCode(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);

        if (string.IsNullOrWhiteSpace(order.CustomValuesXml))
            return null;

        //nopCommerce keeps custom values as <DictionarySerializer><item><key/><value/>...</item></DictionarySerializer>
        try
        {
            return XDocument.Parse(order.CustomValuesXml).Root?.Elements("item")
                .FirstOrDefault(item => item.Element("key")?.Value == TamaraDefaults.PlanCustomValueName)?.Element("value")?.Value;
        }
        catch (XmlException)
        {
            return null;
        }
    }

    #endregion

    #region Methods

    /// <summary>
    /// Gets the plan sent when the shopper chose none: the first enabled type, instalments with the fewest enabled instalments
    /// </summary>
    /// <param name="settings">Plugin settings</param>
    /// <returns>The plan, or null to let the shopper choose at Tamara</returns>
    public static TamaraPlan? GetDefaultPlan(TamaraSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);

        foreach (var name in settings.EnabledPaymentTypes)
        {
            if (!Enum.TryParse<TamaraPaymentType>(name, out var paymentType) || paymentType == TamaraPaymentType.Unknown || !Enum.IsDefined(paymentType))
                continue;

            if (paymentType != TamaraPaymentType.PayByInstalments)
                return new TamaraPlan(paymentType, 0);

            var instalments = settings.EnabledInstalments.Where(count => count >= 2).DefaultIfEmpty(0).Min();
            if (instalments > 0)
                return new TamaraPlan(paymentType, instalments);
        }

        return null;
    }

    /// <summary>
    /// Gets a value indicating whether the shopper may open a new Tamara session for the order:
    /// when none exists yet or the last one is new, declined or expired
    /// </summary>
    /// <param name="order">Order</param>
    /// <returns>A task whose result is the answer</returns>
    public async Task<bool> CanStartNewSessionAsync(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);

        if (!IsPayable(order))
            return false;

        var state = await _stateService.GetStateAsync(order);

        return !state.HasSession || state.Status is null or TamaraOrderStatus.New or TamaraOrderStatus.Declined or TamaraOrderStatus.Expired;
    }

    /// <summary>
    /// Opens a Tamara checkout session for a placed order and records it on the order
    /// </summary>
    /// <param name="order">Placed order</param>
    /// <param name="isMobile">Whether the shopper uses a mobile device</param>
    /// <returns>A task whose result holds the URL of Tamara's page, or a message for the shopper</returns>
    public async Task<TamaraCheckoutResult> StartCheckoutAsync(Order order, bool isMobile)
    {
        ArgumentNullException.ThrowIfNull(order);

        var state = await _stateService.GetStateAsync(order);
        if (state.HasSession)
        {
            //the previous session may have been approved meanwhile: never open a second one before knowing
            var sync = await _synchronizer.SyncAsync(order, TamaraSyncTrigger.Checkout);
            if (sync.Outcome is TamaraSyncOutcome.Busy or TamaraSyncOutcome.TamaraUnavailable)
                return await FailWithoutNoteAsync("Checkout.Error.Unavailable");

            order = await _orderService.GetOrderByIdAsync(order.Id) ?? order;
        }

        if (!IsPayable(order) || !await CanStartNewSessionAsync(order))
            return TamaraCheckoutResult.Failed(await _localizationService.GetResourceAsync($"{TamaraDefaults.ResourcePrefix}Checkout.NotPayable"));

        var settings = await _clientProvider.LoadSettingsAsync(order.StoreId);
        if (!TamaraClientProvider.IsConfigured(settings))
            return await FailAsync(order, "Checkout.Error.Unavailable", "Tamara checkout session not created: the plugin is not configured for this store");

        //with single checkout the shopper chooses the plan on Tamara's page: the session names none
        var code = GetChosenPlanCode(order);
        var plan = code == TamaraDefaults.PlanChosenAtTamara ? null : TamaraPlan.TryParse(code, out var chosen) ? chosen : GetDefaultPlan(settings);
        CheckoutSessionRequest request;
        try
        {
            request = await _requestBuilder.BuildAsync(order, settings, plan, isMobile);
        }
        catch (NopException exception)
        {
            return await FailAsync(order, "Checkout.Error.Country", $"Tamara checkout session not created: {exception.Message}");
        }

        CheckoutSession session;
        try
        {
            session = await _clientProvider.CreateClient(settings).Checkout.CreateSessionAsync(request);
        }
        catch (TamaraException exception)
        {
            return await FailAsync(order, GetReasonResource(exception), $"Tamara checkout session not created: {TamaraFailure.Describe(exception)}");
        }

        if (string.IsNullOrWhiteSpace(session.OrderId) || !IsHttpUrl(session.CheckoutUrl))
            return await FailAsync(order, "Checkout.Error.Unavailable",
                $"Tamara checkout session not created: Tamara answered without an order_id or an absolute checkout_url (order_id '{session.OrderId}')");

        await _stateService.SaveCheckoutSessionAsync(order, session.OrderId, session.CheckoutId);
        await _stateService.AddNoteAsync(order,
            $"Tamara checkout session created: order_id {session.OrderId}, checkout_id {session.CheckoutId}, plan {plan?.Code ?? "chosen at Tamara"}");

        return TamaraCheckoutResult.Redirect(session.CheckoutUrl);
    }

    #endregion
}
