using System.Globalization;
using Nop.Core.Domain.Orders;

namespace Nop.Plugin.Payments.Tamara.Services.Reconciliation;

/// <summary>
/// Where the reconciliation task's pass over open orders stopped: the last order it passed, in the order nopCommerce's
/// search lists them (newest first; the order identifier breaks ties)
/// </summary>
/// <param name="CreatedOnUtc">When the order was placed</param>
/// <param name="OrderId">Order identifier</param>
public sealed record ReconciliationCursor(DateTime CreatedOnUtc, int OrderId)
{
    /// <summary>
    /// Gets the position of an order
    /// </summary>
    public static ReconciliationCursor At(Order order) => new(order.CreatedOnUtc, order.Id);

    /// <summary>
    /// Gets a value indicating whether the order comes after this position in the pass (it is older)
    /// </summary>
    public bool IsPassedBy(Order order) =>
        order.CreatedOnUtc < CreatedOnUtc || order.CreatedOnUtc == CreatedOnUtc && order.Id < OrderId;

    /// <summary>
    /// Gets a value indicating whether the order is at this position or after it in the pass
    /// </summary>
    public bool IsReachedBy(Order order) => IsPassedBy(order) || order.CreatedOnUtc == CreatedOnUtc && order.Id == OrderId;

    /// <summary>
    /// Reads a cursor kept as text; null (start from the newest order) when there is none or it cannot be read
    /// </summary>
    public static ReconciliationCursor? Parse(string? value)
    {
        var parts = (value ?? string.Empty).Split(':');
        return parts.Length == 2 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var orderId)
            && ticks <= DateTime.MaxValue.Ticks
            ? new ReconciliationCursor(new DateTime(ticks, DateTimeKind.Utc), orderId)
            : null;
    }

    /// <summary>
    /// Gets the cursor as text, to be kept in a setting
    /// </summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{CreatedOnUtc.Ticks}:{OrderId}");
}
