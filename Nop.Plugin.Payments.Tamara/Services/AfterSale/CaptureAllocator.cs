using Nop.Plugin.Payments.Tamara.Domain;
using Nop.Plugin.Payments.Tamara.Services.Orders;

namespace Nop.Plugin.Payments.Tamara.Services.AfterSale;

/// <summary>
/// Splits an order into captures: the one place that computes what a capture sends, from what nopCommerce ships and
/// what Tamara still holds
/// </summary>
/// <remarks>
/// Pure arithmetic in the currency's minor units through <see cref="MoneyAllocator"/>. A shipment takes its units at the
/// line's unit price, with a share of the line's discount and tax by units; the order-level amounts (shipping, fees, tax,
/// discount) follow in proportion to the goods shipped. Every field is a share of what is left of it, so none is negative
/// and the shipment that completes the order takes the exact rest.
/// </remarks>
public static class CaptureAllocator
{
    #region Utilities

    private static CaptureLine Captured(IEnumerable<CaptureAmounts> previous, int orderItemId)
    {
        var lines = previous.SelectMany(capture => capture.Lines).Where(line => line.OrderItemId == orderItemId).ToList();

        return new CaptureLine
        {
            OrderItemId = orderItemId,
            Quantity = lines.Sum(line => line.Quantity),
            Total = lines.Sum(line => line.Total),
            Tax = lines.Sum(line => line.Tax),
            Discount = lines.Sum(line => line.Discount)
        };
    }

    private static CaptureLine Rest(CaptureLine line, CaptureLine captured)
    {
        return new CaptureLine
        {
            OrderItemId = line.OrderItemId,
            UnitPrice = line.UnitPrice,
            Quantity = line.Quantity - captured.Quantity,
            Total = line.Total - captured.Total,
            Tax = line.Tax - captured.Tax,
            Discount = line.Discount - captured.Discount
        };
    }

    /// <summary>
    /// Gets some units of what is left of a line: unit price × quantity − discount = total, exactly
    /// </summary>
    private static CaptureLine Units(CaptureLine rest, int quantity, string currencyCode)
    {
        if (quantity == rest.Quantity)
            return rest;

        var discount = MoneyAllocator.Share(rest.Discount, quantity, rest.Quantity, currencyCode);

        return new CaptureLine
        {
            OrderItemId = rest.OrderItemId,
            UnitPrice = rest.UnitPrice,
            Quantity = quantity,
            Discount = discount,
            Tax = MoneyAllocator.Share(rest.Tax, quantity, rest.Quantity, currencyCode),
            Total = rest.UnitPrice * quantity - discount
        };
    }

    private static decimal TotalOf(CaptureAmounts amounts)
    {
        return amounts.Lines.Sum(line => line.Total) + amounts.Shipping + amounts.Fees + amounts.Tax - amounts.Discount;
    }

    #endregion

    #region Methods

    /// <summary>
    /// Gets the amounts of the whole order from the checkout's exact calculation
    /// </summary>
    /// <param name="amounts">Amounts of the order as sent to Tamara at checkout</param>
    public static CaptureAmounts FromOrder(TamaraOrderAmounts amounts)
    {
        return new CaptureAmounts
        {
            Lines = amounts.Items
                .OrderBy(item => item.Key)
                .Select(item => new CaptureLine
                {
                    OrderItemId = item.Key,
                    UnitPrice = item.Value.UnitPrice,
                    Quantity = item.Value.Quantity,
                    Total = item.Value.TotalAmount,
                    Tax = item.Value.TaxAmount,
                    Discount = item.Value.DiscountAmount
                })
                .ToList(),
            Shipping = amounts.ShippingAmount,
            Fees = amounts.PaymentFeeAmount + amounts.CheckoutAttributesAmount,
            Tax = amounts.TaxAmount,
            Discount = amounts.DiscountAmount,
            Total = amounts.TotalAmount
        };
    }

    /// <summary>
    /// Gets everything of the order not captured yet
    /// </summary>
    /// <param name="order">Amounts of the whole order</param>
    /// <param name="previous">Captures already made</param>
    /// <returns>The rest of the order; its total is zero when everything was captured</returns>
    public static CaptureAmounts Remainder(CaptureAmounts order, IReadOnlyCollection<CaptureAmounts> previous)
    {
        var lines = order.Lines
            .Select(line => Rest(line, Captured(previous, line.OrderItemId)))
            .Where(line => line.Quantity > 0 || line.Total != 0 || line.Tax != 0 || line.Discount != 0)
            .ToList();

        var rest = new CaptureAmounts
        {
            Lines = lines,
            Shipping = order.Shipping - previous.Sum(capture => capture.Shipping),
            Fees = order.Fees - previous.Sum(capture => capture.Fees),
            Tax = order.Tax - previous.Sum(capture => capture.Tax),
            Discount = order.Discount - previous.Sum(capture => capture.Discount)
        };
        //from the parts, so that the rest adds up even after a capture recorded by its total alone (older versions)
        rest.Total = TotalOf(rest);

        return rest;
    }

    /// <summary>
    /// Gets what can still be captured: the rest of the order, but never more than Tamara holds (an order edited upwards,
    /// or cancelled in part at Tamara): the shortfall joins the discount, so the rest still adds up
    /// </summary>
    /// <param name="order">Amounts of the whole order</param>
    /// <param name="previous">Captures already made</param>
    /// <param name="capturable">What Tamara can still capture (total − captured − canceled, as Tamara reports them)</param>
    public static CaptureAmounts Capturable(CaptureAmounts order, IReadOnlyCollection<CaptureAmounts> previous, decimal capturable)
    {
        var rest = Remainder(order, previous);
        var shortfall = Shortfall(rest, capturable);
        rest.Discount += shortfall;
        rest.Total -= shortfall;

        return rest;
    }

    /// <summary>
    /// Gets how much more the rest of the order asks than Tamara holds; zero when Tamara holds enough
    /// </summary>
    public static decimal Shortfall(CaptureAmounts rest, decimal capturable) => Math.Max(0, rest.Total - capturable);

    /// <summary>
    /// Gets how much Tamara holds beyond what the rest of the order can still capture (an order edited downwards): the
    /// amount to cancel at Tamara once nothing more can ship
    /// </summary>
    /// <param name="order">Amounts of the whole order</param>
    /// <param name="previous">Captures already made</param>
    /// <param name="capturable">What Tamara can still capture</param>
    public static decimal Surplus(CaptureAmounts order, IReadOnlyCollection<CaptureAmounts> previous, decimal capturable) =>
        Math.Max(0, capturable - Remainder(order, previous).Total);

    /// <summary>
    /// Gets what one shipment takes of what can still be captured: its units of each line, and of every order-level amount
    /// a share in proportion to the goods shipped
    /// </summary>
    /// <param name="rest">What can still be captured (see <see cref="Capturable"/>)</param>
    /// <param name="shipmentQuantities">Quantities in the shipment by order item identifier</param>
    /// <param name="currencyCode">Currency of the amounts (it gives the minor digits)</param>
    /// <returns>The capture for the shipment; the caller gives the whole rest to the shipment that completes the order</returns>
    public static CaptureAmounts ForShipment(CaptureAmounts rest, IReadOnlyDictionary<int, int> shipmentQuantities, string currencyCode)
    {
        var lines = rest.Lines
            .Select(line => (Line: line, Quantity: Math.Min(shipmentQuantities.GetValueOrDefault(line.OrderItemId), line.Quantity)))
            .Where(shipped => shipped.Quantity > 0)
            .Select(shipped => Units(shipped.Line, shipped.Quantity, currencyCode))
            .ToList();

        //the goods' value weighs the order-level amounts; goods all free weigh by units
        var (part, whole) = rest.Lines.Sum(line => line.Total) > 0
            ? (lines.Sum(line => line.Total), rest.Lines.Sum(line => line.Total))
            : (lines.Sum(line => line.Quantity), rest.Lines.Sum(line => line.Quantity));
        decimal ShareOf(decimal amount) => whole <= 0 ? 0 : MoneyAllocator.Share(amount, Math.Min(part, whole), whole, currencyCode);

        var capture = new CaptureAmounts
        {
            Lines = lines,
            Shipping = ShareOf(rest.Shipping),
            Fees = ShareOf(rest.Fees),
            Tax = ShareOf(rest.Tax),
            Discount = ShareOf(rest.Discount)
        };
        capture.Total = TotalOf(capture);

        //rounding the shares separately can leave a few minor units outside [0, rest]: the discount takes them back
        var outside = capture.Total < 0 ? capture.Total : Math.Max(0, capture.Total - rest.Total);
        capture.Discount += outside;
        capture.Total -= outside;

        return capture;
    }

    #endregion
}
