using Nop.Web.Framework.Models;

namespace Nop.Plugin.Payments.Tamara.Models.Admin;

/// <summary>
/// Represents the Tamara panel on the admin order page
/// </summary>
public record TamaraOrderPanelModel : BaseNopModel
{
    public int OrderId { get; set; }

    public string TamaraOrderId { get; set; } = string.Empty;

    public string? Status { get; set; }

    public string? PaymentType { get; set; }

    public int Instalments { get; set; }

    public string Currency { get; set; } = string.Empty;

    public decimal? Total { get; set; }

    public decimal? Captured { get; set; }

    public decimal? Canceled { get; set; }

    public decimal? Refunded { get; set; }

    public DateTime? AmountsReadOnUtc { get; set; }

    public IList<string> PendingActions { get; set; } = new List<string>();

    public IList<TamaraHistoryEntryModel> History { get; set; } = new List<TamaraHistoryEntryModel>();

    public bool ShowHistory { get; set; }

    public bool CanSync { get; set; }
}
