using Nop.Web.Framework.Models;

namespace Nop.Plugin.Payments.Tamara.Models.Public;

/// <summary>
/// Represents the payment info step: the plans Tamara offers for the cart
/// </summary>
public record PaymentInfoModel : BaseNopModel
{
    public string Title { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    public IList<PlanModel> Plans { get; set; } = new List<PlanModel>();

    public string SelectedPlanCode { get; set; } = string.Empty;

    /// <summary>
    /// Gets or sets a value indicating whether the shopper chooses the plan on Tamara's page (single checkout)
    /// </summary>
    public bool SingleCheckout { get; set; }

    /// <summary>
    /// Gets or sets Tamara's checkout widget, when it shows in this step
    /// </summary>
    public TamaraWidgetModel? Widget { get; set; }

    #region Nested classes

    public record PlanModel(string Code, string Text);

    #endregion
}
