using Microsoft.AspNetCore.Mvc;
using Nop.Core;
using Nop.Plugin.Payments.Tamara.Models.Public;
using Nop.Plugin.Payments.Tamara.Services.Checkout;
using Nop.Plugin.Payments.Tamara.Services.Widgets;
using Nop.Services.Localization;
using Nop.Web.Framework.Components;

namespace Nop.Plugin.Payments.Tamara.Components;

/// <summary>
/// Shows the Tamara plans offered for the cart in Tamara's words and the working language at the payment info step,
/// or, with single checkout, that the plan is chosen on Tamara's page
/// </summary>
public class PaymentInfoViewComponent : NopViewComponent
{
    #region Fields

    private readonly ILocalizationService _localizationService;
    private readonly IStoreContext _storeContext;
    private readonly IWorkContext _workContext;
    private readonly TamaraEligibilityService _eligibilityService;
    private readonly TamaraSettings _settings;
    private readonly TamaraWidgetService _widgetService;

    #endregion

    #region Ctor

    public PaymentInfoViewComponent(ILocalizationService localizationService,
        IStoreContext storeContext,
        IWorkContext workContext,
        TamaraEligibilityService eligibilityService,
        TamaraSettings settings,
        TamaraWidgetService widgetService)
    {
        _localizationService = localizationService;
        _storeContext = storeContext;
        _workContext = workContext;
        _eligibilityService = eligibilityService;
        _settings = settings;
        _widgetService = widgetService;
    }

    #endregion

    #region Methods

    /// <returns>A task that represents the asynchronous operation</returns>
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var store = await _storeContext.GetCurrentStoreAsync();
        var language = await _workContext.GetWorkingLanguageAsync();

        var model = new PaymentInfoModel
        {
            Title = await _localizationService.GetLocalizedSettingAsync(_settings, settings => settings.Title, language.Id, store.Id),
            Description = await _localizationService.GetLocalizedSettingAsync(_settings, settings => settings.Description, language.Id, store.Id)
        };

        //with single checkout the shopper chooses the plan on Tamara's page: no plan step here
        var offer = await _eligibilityService.GetOfferForCurrentCartAsync();
        model.SingleCheckout = offer.SingleCheckout;
        if (!offer.SingleCheckout)
        {
            foreach (var plan in offer.Plans)
                model.Plans.Add(new PaymentInfoModel.PlanModel(plan.Code, await _eligibilityService.GetPlanTextAsync(plan, offer)));
        }

        model.SelectedPlanCode = model.Plans.FirstOrDefault()?.Code ?? string.Empty;

        //the checkout widget sits here unless a widget zone is chosen for it
        if (string.IsNullOrWhiteSpace(_settings.CheckoutWidgetZone))
            model.Widget = await _widgetService.PrepareAsync(TamaraWidgetPlacement.Checkout);

        return View("~/Plugins/Payments.Tamara/Views/Public/PaymentInfo.cshtml", model);
    }

    #endregion
}
