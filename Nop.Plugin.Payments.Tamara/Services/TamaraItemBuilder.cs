using Nop.Core.Domain.Orders;
using Nop.Plugin.Payments.Tamara.Domain;
using Nop.Services.Orders;
using TamaraOrderItem = Nop.Plugin.Payments.Tamara.Api.Models.OrderItem;
using Money = Nop.Plugin.Payments.Tamara.Api.Models.Money;

namespace Nop.Plugin.Payments.Tamara.Services;

/// <summary>
/// Describes the lines of a capture or cancel as Tamara items
/// </summary>
public class TamaraItemBuilder
{
    #region Fields

    private readonly IOrderService _orderService;

    #endregion

    #region Ctor

    public TamaraItemBuilder(IOrderService orderService)
    {
        _orderService = orderService;
    }

    #endregion

    #region Methods

    /// <summary>
    /// Gets the Tamara items of the lines
    /// </summary>
    /// <param name="order">Order</param>
    /// <param name="amounts">Lines with their quantities and amounts in the customer's currency</param>
    public async Task<List<TamaraOrderItem>> BuildAsync(Order order, CaptureAmounts amounts)
    {
        var currency = order.CustomerCurrencyCode;
        var items = new List<TamaraOrderItem>();
        foreach (var line in amounts.Lines)
        {
            var product = await _orderService.GetProductByOrderItemIdAsync(line.OrderItemId);
            items.Add(new TamaraOrderItem
            {
                Name = product?.Name ?? $"Item {line.OrderItemId}",
                Type = product?.IsShipEnabled == false ? "Digital" : "Physical",
                ReferenceId = line.OrderItemId.ToString(),
                Sku = string.IsNullOrEmpty(product?.Sku) ? line.OrderItemId.ToString() : product.Sku,
                Quantity = line.Quantity,
                UnitPrice = new Money(line.UnitPrice, currency),
                DiscountAmount = new Money(line.Discount, currency),
                TaxAmount = new Money(line.Tax, currency),
                TotalAmount = new Money(line.Total, currency)
            });
        }

        return items;
    }

    #endregion
}
