using Nop.Web.Framework.Models;

namespace Nop.Plugin.Payments.Tamara.Models.Public;

/// <summary>
/// Represents the page a shopper sees when coming back from Tamara without the session the order was placed in: it tells nothing about the order
/// </summary>
public record PaymentConfirmingModel : BaseNopModel
{
    public string? OrdersUrl { get; set; }
}
