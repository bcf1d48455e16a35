using Nop.Plugin.Payments.Tamara.Api;
using Nop.Plugin.Payments.Tamara.Domain;
using Nop.Plugin.Payments.Tamara.Services.Orders;

namespace Nop.Plugin.Payments.Tamara.Services.AfterSale;

/// <summary>
/// Splits an order into captures: what one shipment holds, or everything not captured yet
/// </summary>
/// <remarks>
/// Pure arithmetic. Pro-rated amounts are rounded half away from zero to the currency's minor digits; the capture that
/// completes a line (or the order) takes the exact rest, so the captures always add up to the order to the last minor digit.
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

    private static decimal Share(decimal amount, decimal rest, int quantity, int ofQuantity, string currencyCode)
    {
        var share = TamaraCurrency.Round(amount * quantity / ofQuantity, currencyCode);

        return Math.Abs(share) > Math.Abs(rest) ? rest : share;
    }

    /// <summary>
    /// Tax that belongs to no line (shipping or fee tax): it goes with the shipping
    /// </summary>
    private static decimal TaxOutsideLines(CaptureAmounts amounts)
    {
        return amounts.Tax - amounts.Lines.Sum(line => line.Tax);
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

        return new CaptureAmounts
        {
            Lines = lines,
            Shipping = order.Shipping - previous.Sum(capture => capture.Shipping),
            Fees = order.Fees - previous.Sum(capture => capture.Fees),
            Tax = order.Tax - previous.Sum(capture => capture.Tax),
            Discount = order.Discount - previous.Sum(capture => capture.Discount),
            Total = order.Total - previous.Sum(capture => capture.Total)
        };
    }

    /// <summary>
    /// Gets what one shipment holds: its item quantities with their pro-rated amounts, the shipping, fees and the tax
    /// outside the lines not captured yet, and the share of the order-level discount
    /// </summary>
    /// <param name="order">Amounts of the whole order</param>
    /// <param name="previous">Captures already made</param>
    /// <param name="shipmentQuantities">Quantities in the shipment by order item identifier</param>
    /// <param name="currencyCode">Currency of the amounts (it gives the minor digits)</param>
    /// <returns>The capture for the shipment</returns>
    public static CaptureAmounts ForShipment(CaptureAmounts order, IReadOnlyCollection<CaptureAmounts> previous,
        IReadOnlyDictionary<int, int> shipmentQuantities, string currencyCode)
    {
        var lines = new List<CaptureLine>();
        foreach (var line in order.Lines)
        {
            if (!shipmentQuantities.TryGetValue(line.OrderItemId, out var quantity) || line.Quantity <= 0)
                continue;

            var rest = Rest(line, Captured(previous, line.OrderItemId));
            quantity = Math.Min(quantity, rest.Quantity);
            if (quantity <= 0)
                continue;

            lines.Add(quantity == rest.Quantity
                ? rest
                : new CaptureLine
                {
                    OrderItemId = line.OrderItemId,
                    UnitPrice = line.UnitPrice,
                    Quantity = quantity,
                    Total = Share(line.Total, rest.Total, quantity, line.Quantity, currencyCode),
                    Tax = Share(line.Tax, rest.Tax, quantity, line.Quantity, currencyCode),
                    Discount = Share(line.Discount, rest.Discount, quantity, line.Quantity, currencyCode)
                });
        }

        var remainder = Remainder(order, previous);
        if (lines.Sum(line => line.Quantity) == remainder.Lines.Sum(line => line.Quantity))
            return remainder;

        var orderLinesTotal = order.Lines.Sum(line => line.Total);
        var discount = orderLinesTotal == 0
            ? 0
            : TamaraCurrency.Round(order.Discount * lines.Sum(line => line.Total) / orderLinesTotal, currencyCode);

        var capture = new CaptureAmounts
        {
            Lines = lines,
            Shipping = remainder.Shipping,
            Fees = remainder.Fees,
            Tax = lines.Sum(line => line.Tax) + TaxOutsideLines(remainder),
            Discount = Math.Min(discount, remainder.Discount)
        };
        capture.Total = TotalOf(capture);

        return capture;
    }

    #endregion
}
