using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Nop.Core;
using Nop.Core.Http;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Payments.Tamara.Components;
using Nop.Plugin.Payments.Tamara.Components.Admin;
using Nop.Plugin.Payments.Tamara.Services.AfterSale;
using Nop.Plugin.Payments.Tamara.Services.Checkout;
using Nop.Plugin.Payments.Tamara.Services.Installation;
using Nop.Services.Cms;
using Nop.Services.Configuration;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Services.Orders;
using Nop.Services.Payments;
using Nop.Services.Plugins;
using Nop.Web.Framework.Infrastructure;

namespace Nop.Plugin.Payments.Tamara;

/// <summary>
/// Represents the Tamara payment method: the shopper places the order, pays on Tamara's page and comes back
/// </summary>
public class TamaraPaymentMethod : BasePlugin, IPaymentMethod, IWidgetPlugin
{
    #region Fields

    private readonly IHttpContextAccessor _httpContextAccessor;
    private readonly ILocalizationService _localizationService;
    private readonly INotificationService _notificationService;
    private readonly IOrderTotalCalculationService _orderTotalCalculationService;
    private readonly ISettingService _settingService;
    private readonly IStoreContext _storeContext;
    private readonly IWebHelper _webHelper;
    private readonly IWorkContext _workContext;
    private readonly LinkGenerator _linkGenerator;
    private readonly TamaraCheckoutService _checkoutService;
    private readonly TamaraEligibilityService _eligibilityService;
    private readonly TamaraLocaleResourceInstaller _localeResourceInstaller;
    private readonly TamaraSettings _settings;
    private readonly AfterSaleInstaller _afterSaleInstaller;
    private readonly TamaraPaymentOperations _paymentOperations;

    #endregion

    #region Ctor

    public TamaraPaymentMethod(IHttpContextAccessor httpContextAccessor,
        ILocalizationService localizationService,
        INotificationService notificationService,
        IOrderTotalCalculationService orderTotalCalculationService,
        ISettingService settingService,
        IStoreContext storeContext,
        IWebHelper webHelper,
        IWorkContext workContext,
        LinkGenerator linkGenerator,
        TamaraCheckoutService checkoutService,
        TamaraEligibilityService eligibilityService,
        TamaraLocaleResourceInstaller localeResourceInstaller,
        TamaraSettings settings,
        AfterSaleInstaller afterSaleInstaller,
        TamaraPaymentOperations paymentOperations)
    {
        _httpContextAccessor = httpContextAccessor;
        _localizationService = localizationService;
        _notificationService = notificationService;
        _orderTotalCalculationService = orderTotalCalculationService;
        _settingService = settingService;
        _storeContext = storeContext;
        _webHelper = webHelper;
        _workContext = workContext;
        _linkGenerator = linkGenerator;
        _checkoutService = checkoutService;
        _eligibilityService = eligibilityService;
        _localeResourceInstaller = localeResourceInstaller;
        _settings = settings;
        _afterSaleInstaller = afterSaleInstaller;
        _paymentOperations = paymentOperations;
    }

    #endregion

    #region Utilities

    private static TamaraSettings CreateDefaultSettings() => new()
    {
        Environment = Api.TamaraEnvironment.Sandbox,
        EnabledPaymentTypes = ["PayByInstalments", "PayNextMonth", "PayNow"],
        EnabledInstalments = [3, 4],
        Title = "Tamara: split in instalments, interest-free",
        Description = "Pay in interest-free instalments or later with Tamara. No late fees.",
        AllowedCountries = ["SA", "AE", "KW", "BH", "OM"],
        EligibilityFailOpen = true,
        EligibilityCacheMinutes = 5,
        SendRiskAssessment = false,
        CheckoutExpiryMinutes = 30,
        CaptureTrigger = Domain.CaptureTrigger.ShipmentSent,
        CancelAtTamaraOnOrderCancelled = true,
        //"Refund (offline)" means the store paid the shopper back outside the gateway: sending it too would refund twice
        SendOfflineRefundsToTamara = false,
        WarnUncapturedAfterDays = 14,
        ProductWidgetEnabled = true,
        ProductWidgetZone = PublicWidgetZones.ProductPriceBottom,
        CartWidgetEnabled = true,
        CartWidgetZone = PublicWidgetZones.OrderSummaryContentAfter,
        CheckoutWidgetEnabled = true,
        CheckoutWidgetZone = string.Empty,
        WidgetScriptUrl = string.Empty,
        DebugLogging = false
    };

    #endregion

    #region Methods

    /// <summary>
    /// Process a payment: the order stays pending until Tamara approves it
    /// </summary>
    /// <param name="processPaymentRequest">Payment info required for an order processing</param>
    /// <returns>A task whose result is the process payment result</returns>
    public Task<ProcessPaymentResult> ProcessPaymentAsync(ProcessPaymentRequest processPaymentRequest)
    {
        return Task.FromResult(new ProcessPaymentResult());
    }

    /// <summary>
    /// Opens the Tamara checkout session of the placed order and sends the shopper to Tamara;
    /// when Tamara refuses or cannot be reached, the shopper lands on the order with the reason and can try again
    /// </summary>
    /// <param name="postProcessPaymentRequest">Payment info required for an order processing</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    public async Task PostProcessPaymentAsync(PostProcessPaymentRequest postProcessPaymentRequest)
    {
        ArgumentNullException.ThrowIfNull(postProcessPaymentRequest?.Order);

        var httpContext = _httpContextAccessor.HttpContext ?? throw new NopException("Tamara checkout needs the shopper's request");
        var order = postProcessPaymentRequest.Order;

        var result = await _checkoutService.StartCheckoutAsync(order, TamaraDevice.IsMobile(httpContext.Request.Headers.UserAgent.ToString()));
        if (result.Success)
        {
            httpContext.Response.Redirect(result.CheckoutUrl!);
            return;
        }

        _notificationService.ErrorNotification(result.Error!);
        var orderDetailsUrl = _linkGenerator.GetPathByRouteValues(httpContext, NopRouteNames.Standard.ORDER_DETAILS, new { orderId = order.Id });
        httpContext.Response.Redirect(orderDetailsUrl ?? _webHelper.GetStoreLocation());
    }

    /// <summary>
    /// Returns a value indicating whether payment method should be hidden during checkout
    /// </summary>
    /// <param name="cart">Shopping cart</param>
    /// <returns>A task whose result is true to hide Tamara</returns>
    public async Task<bool> HidePaymentMethodAsync(IList<ShoppingCartItem> cart)
    {
        return !(await _eligibilityService.GetOfferAsync(cart)).IsOffered;
    }

    /// <summary>
    /// Gets additional handling fee
    /// </summary>
    /// <param name="cart">Shopping cart</param>
    /// <returns>A task whose result is the additional handling fee</returns>
    public Task<decimal> GetAdditionalHandlingFeeAsync(IList<ShoppingCartItem> cart)
    {
        return _orderTotalCalculationService.CalculatePaymentAdditionalFeeAsync(cart, _settings.AdditionalFee, _settings.AdditionalFeePercentage);
    }

    /// <summary>
    /// Captures payment
    /// </summary>
    /// <param name="capturePaymentRequest">Capture payment request</param>
    /// <returns>A task whose result is the capture payment result</returns>
    public Task<CapturePaymentResult> CaptureAsync(CapturePaymentRequest capturePaymentRequest)
    {
        return _paymentOperations.CaptureAsync(capturePaymentRequest);
    }

    /// <summary>
    /// Refunds a payment
    /// </summary>
    /// <param name="refundPaymentRequest">Request</param>
    /// <returns>A task whose result is the refund result</returns>
    public Task<RefundPaymentResult> RefundAsync(RefundPaymentRequest refundPaymentRequest)
    {
        return _paymentOperations.RefundAsync(refundPaymentRequest);
    }

    /// <summary>
    /// Voids a payment
    /// </summary>
    /// <param name="voidPaymentRequest">Request</param>
    /// <returns>A task whose result is the void result</returns>
    public Task<VoidPaymentResult> VoidAsync(VoidPaymentRequest voidPaymentRequest)
    {
        return _paymentOperations.VoidAsync(voidPaymentRequest);
    }

    /// <summary>
    /// Process recurring payment
    /// </summary>
    /// <param name="processPaymentRequest">Payment info required for an order processing</param>
    /// <returns>A task whose result is the process payment result</returns>
    public Task<ProcessPaymentResult> ProcessRecurringPaymentAsync(ProcessPaymentRequest processPaymentRequest)
    {
        return Task.FromResult(new ProcessPaymentResult { Errors = ["Recurring payment not supported"] });
    }

    /// <summary>
    /// Cancels a recurring payment
    /// </summary>
    /// <param name="cancelPaymentRequest">Request</param>
    /// <returns>A task whose result is the cancel result</returns>
    public Task<CancelRecurringPaymentResult> CancelRecurringPaymentAsync(CancelRecurringPaymentRequest cancelPaymentRequest)
    {
        return Task.FromResult(new CancelRecurringPaymentResult { Errors = ["Recurring payment not supported"] });
    }

    /// <summary>
    /// Gets a value indicating whether the shopper may pay again after leaving Tamara: while the last session is new,
    /// declined or expired, or when none could be opened
    /// </summary>
    /// <param name="order">Order</param>
    /// <returns>A task whose result is the answer</returns>
    public Task<bool> CanRePostProcessPaymentAsync(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);

        return _checkoutService.CanStartNewSessionAsync(order);
    }

    /// <summary>
    /// Validate payment form
    /// </summary>
    /// <param name="form">The parsed form values</param>
    /// <returns>A task whose result is the list of validating errors</returns>
    public async Task<IList<string>> ValidatePaymentFormAsync(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);

        if (!form.TryGetValue(TamaraDefaults.PlanFormField, out var code))
            return [];

        if (!TamaraPlan.TryParse(code, out var plan))
            return [await _localizationService.GetResourceAsync($"{TamaraDefaults.ResourcePrefix}PaymentInfo.PlanInvalid")];

        //a well-formed plan may still be one the cart is not offered (limits, settings, a tampered form);
        //with single checkout the plan is chosen on Tamara's page and a posted one is ignored
        var offer = await _eligibilityService.GetOfferForCurrentCartAsync();
        if (offer.SingleCheckout || offer.Plans.Any(offeredPlan => offeredPlan.Code == plan!.Code))
            return [];

        return [await _localizationService.GetResourceAsync($"{TamaraDefaults.ResourcePrefix}PaymentInfo.PlanNotOffered")];
    }

    /// <summary>
    /// Get payment information: the plan the shopper chose, kept on the order as a custom value; with single checkout,
    /// a mark that the shopper chooses the plan on Tamara's page
    /// </summary>
    /// <param name="form">The parsed form values</param>
    /// <returns>A task whose result is the payment info holder</returns>
    public async Task<ProcessPaymentRequest> GetPaymentInfoAsync(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);

        var request = new ProcessPaymentRequest();
        var code = (await _eligibilityService.GetOfferForCurrentCartAsync()).SingleCheckout
            ? TamaraDefaults.PlanChosenAtTamara
            : form.TryGetValue(TamaraDefaults.PlanFormField, out var posted) && TamaraPlan.TryParse(posted, out var plan) ? plan!.Code : null;
        if (code is not null)
            request.CustomValues = [new CustomValue(TamaraDefaults.PlanCustomValueName, code, CustomValueDisplayLocation.Payment, false)];

        return request;
    }

    /// <summary>
    /// Gets a configuration page URL
    /// </summary>
    public override string GetConfigurationPageUrl()
    {
        return $"{_webHelper.GetStoreLocation()}{TamaraDefaults.RoutePath.Configuration}";
    }

    /// <summary>
    /// Gets a type of a view component for displaying plugin in public store ("payment info" checkout step)
    /// </summary>
    /// <returns>View component type</returns>
    public Type GetPublicViewComponent()
    {
        return typeof(PaymentInfoViewComponent);
    }

    /// <summary>
    /// Gets a payment method description that will be displayed on checkout pages in the public store
    /// </summary>
    /// <returns>A task whose result is the description in the working language</returns>
    public async Task<string> GetPaymentMethodDescriptionAsync()
    {
        var language = await _workContext.GetWorkingLanguageAsync();
        var store = await _storeContext.GetCurrentStoreAsync();
        var description = await _localizationService.GetLocalizedSettingAsync(_settings, settings => settings.Description, language.Id, store.Id);

        return string.IsNullOrWhiteSpace(description)
            ? await _localizationService.GetResourceAsync($"{TamaraDefaults.ResourcePrefix}PaymentMethodDescription")
            : description;
    }

    /// <summary>
    /// Install the plugin: default settings, then English and Arabic resources
    /// </summary>
    /// <returns>A task that represents the asynchronous operation</returns>
    public override async Task InstallAsync()
    {
        await _settingService.SaveSettingAsync(CreateDefaultSettings());
        await _localeResourceInstaller.InstallAsync();
        await _afterSaleInstaller.InstallAsync();

        await base.InstallAsync();
    }

    /// <summary>
    /// Uninstall the plugin: settings and resources
    /// </summary>
    /// <returns>A task that represents the asynchronous operation</returns>
    public override async Task UninstallAsync()
    {
        await _settingService.DeleteSettingAsync<TamaraSettings>();
        await _localeResourceInstaller.UninstallAsync();
        await _afterSaleInstaller.UninstallAsync();

        await base.UninstallAsync();
    }

    /// <summary>
    /// Gets widget zones where this widget should be rendered: the Tamara panel on the admin order page, and the public
    /// zones of Tamara's promotional widgets that are switched on
    /// </summary>
    /// <returns>A task whose result is the widget zones</returns>
    public Task<IList<string>> GetWidgetZonesAsync()
    {
        var publicZones = new[]
        {
            (_settings.ProductWidgetEnabled, _settings.ProductWidgetZone),
            (_settings.CartWidgetEnabled, _settings.CartWidgetZone),
            (_settings.CheckoutWidgetEnabled, _settings.CheckoutWidgetZone)
        }.Where(placement => placement.Item1 && !string.IsNullOrWhiteSpace(placement.Item2)).Select(placement => placement.Item2.Trim());

        return Task.FromResult<IList<string>>(publicZones.Prepend(AdminWidgetZones.OrderDetailsBlock).Distinct(StringComparer.OrdinalIgnoreCase).ToList());
    }

    /// <summary>
    /// Gets a type of a view component for displaying widget
    /// </summary>
    /// <param name="widgetZone">Name of the widget zone</param>
    /// <returns>View component type</returns>
    public Type GetWidgetViewComponent(string widgetZone)
    {
        return widgetZone == AdminWidgetZones.OrderDetailsBlock ? typeof(TamaraOrderPanelViewComponent) : typeof(TamaraWidgetViewComponent);
    }

    #endregion

    #region Properties

    /// <summary>
    /// Gets a value indicating whether capture is supported
    /// </summary>
    public bool SupportCapture => true;

    /// <summary>
    /// Gets a value indicating whether partial refund is supported
    /// </summary>
    public bool SupportPartiallyRefund => true;

    /// <summary>
    /// Gets a value indicating whether refund is supported
    /// </summary>
    public bool SupportRefund => true;

    /// <summary>
    /// Gets a value indicating whether void is supported
    /// </summary>
    public bool SupportVoid => true;

    /// <summary>
    /// Gets a recurring payment type of payment method
    /// </summary>
    public RecurringPaymentType RecurringPaymentType => RecurringPaymentType.NotSupported;

    /// <summary>
    /// Gets a payment method type
    /// </summary>
    public PaymentMethodType PaymentMethodType => PaymentMethodType.Redirection;

    /// <summary>
    /// Gets a value indicating whether we should display a payment information page for this plugin
    /// (it shows the plans offered and lets the shopper choose one)
    /// </summary>
    public bool SkipPaymentInfo => false;

    /// <summary>
    /// Gets a value indicating whether to hide this plugin on the widget list page in the admin area
    /// </summary>
    public bool HideInWidgetList => true;

    #endregion
}
