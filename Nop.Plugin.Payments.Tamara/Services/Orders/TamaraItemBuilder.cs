using Nop.Core.Domain.Orders;
using Nop.Plugin.Payments.Tamara.Domain;
using Nop.Plugin.Payments.Tamara.Services.Checkout;
using Nop.Services.Localization;
using Nop.Services.Orders;
using TamaraOrderItem = Nop.Plugin.Payments.Tamara.Api.Models.OrderItem;
using Money = Nop.Plugin.Payments.Tamara.Api.Models.Money;

namespace Nop.Plugin.Payments.Tamara.Services.Orders;

/// <summary>
/// Describes the lines of a capture or cancel as Tamara items
/// </summary>
public class TamaraItemBuilder
{
    #region Fields

    private readonly ILocalizationService _localizationService;
    private readonly IOrderService _orderService;

    #endregion

    #region Ctor

    public TamaraItemBuilder(ILocalizationService localizationService,
        IOrderService orderService)
    {
        _localizationService = localizationService;
        _orderService = orderService;
    }

    #endregion

    #region Utilities

    /// <summary>
    /// Gets a charge line (payment fee, checkout attributes) described the way the checkout session described it
    /// </summary>
    private async Task<TamaraOrderItem> BuildChargeAsync(string referenceId, string resourceName, decimal amount, string currency)
    {
        return new TamaraOrderItem
        {
            Name = await _localizationService.GetResourceAsync(TamaraDefaults.ResourcePrefix + resourceName),
            Type = "Digital",
            ReferenceId = referenceId,
            Sku = referenceId,
            Quantity = 1,
            UnitPrice = new Money(amount, currency),
            DiscountAmount = new Money(0, currency),
            TaxAmount = new Money(0, currency),
            TotalAmount = new Money(amount, currency)
        };
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
                Sku = string.IsNullOrWhiteSpace(product?.Sku) ? (product?.Id ?? line.OrderItemId).ToString() : product.Sku,
                Quantity = line.Quantity,
                UnitPrice = new Money(line.UnitPrice, currency),
                DiscountAmount = new Money(line.Discount, currency),
                TaxAmount = new Money(line.Tax, currency),
                TotalAmount = new Money(line.Total, currency)
            });
        }

        if (amounts.Fees == 0)
            return items;

        //the charges always go whole with one capture, as at checkout
        var orderAmounts = TamaraAmountCalculator.Calculate(order, await _orderService.GetOrderItemsAsync(order.Id));
        if (amounts.Fees != orderAmounts.PaymentFeeAmount + orderAmounts.CheckoutAttributesAmount)
        {
            items.Add(await BuildChargeAsync(TamaraDefaults.ChargeReference.PaymentFee, "Item.PaymentFee", amounts.Fees, currency));
            return items;
        }

        if (orderAmounts.CheckoutAttributesAmount != 0)
            items.Add(await BuildChargeAsync(TamaraDefaults.ChargeReference.CheckoutAttributes, "Item.CheckoutAttributes", orderAmounts.CheckoutAttributesAmount, currency));
        if (orderAmounts.PaymentFeeAmount != 0)
            items.Add(await BuildChargeAsync(TamaraDefaults.ChargeReference.PaymentFee, "Item.PaymentFee", orderAmounts.PaymentFeeAmount, currency));

        return items;
    }

    #endregion
}
