namespace Nop.Plugin.Payments.Tamara.Services.Widgets;

/// <summary>
/// Where Tamara's promotional widget shows
/// </summary>
public enum TamaraWidgetPlacement
{
    /// <summary>Product page: the product's price</summary>
    Product,

    /// <summary>Shopping cart's order summary: the cart's order total</summary>
    Cart,

    /// <summary>Tamara's payment information step: the order total at checkout</summary>
    Checkout
}
