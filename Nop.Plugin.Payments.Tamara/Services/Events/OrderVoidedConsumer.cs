using Nop.Core.Domain.Orders;
using Nop.Plugin.Payments.Tamara.Services.AfterSale;
using Nop.Plugin.Payments.Tamara.Services.Orders;
using Nop.Services.Events;

namespace Nop.Plugin.Payments.Tamara.Services.Events;

/// <summary>
/// Cancels at Tamara what is still open when a payment is voided in nopCommerce without the payment method
/// (Void (offline)): Tamara would otherwise capture it 21 days after authorisation, and the shopper pay for a voided
/// order. The plugin's own voids (the Void button, a void that follows Tamara's cancel) publish the same event once
/// Tamara holds nothing open, and change nothing.
/// </summary>
public class OrderVoidedConsumer : IConsumer<OrderVoidedEvent>
{
    #region Fields

    private readonly TamaraCancelService _cancelService;
    private readonly TamaraRequestTimeLimit _timeLimit;

    #endregion

    #region Ctor

    public OrderVoidedConsumer(TamaraCancelService cancelService,
        TamaraRequestTimeLimit timeLimit)
    {
        _cancelService = cancelService;
        _timeLimit = timeLimit;
    }

    #endregion

    #region Methods

    /// <summary>
    /// Handle order voided event
    /// </summary>
    /// <param name="eventMessage">Event message</param>
    public async Task HandleEventAsync(OrderVoidedEvent eventMessage)
    {
        var order = eventMessage.Order;
        if (!TamaraOrderReader.IsTamaraOrder(order))
            return;

        using (_timeLimit.Begin())
            await _cancelService.CancelVoidedOrderAsync(order);
    }

    #endregion
}
