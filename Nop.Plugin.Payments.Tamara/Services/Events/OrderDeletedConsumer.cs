using Nop.Core.Domain.Orders;
using Nop.Core.Events;
using Nop.Plugin.Payments.Tamara.Services.AfterSale;
using Nop.Plugin.Payments.Tamara.Services.Orders;
using Nop.Plugin.Payments.Tamara.Services.Reconciliation;
using Nop.Services.Events;

namespace Nop.Plugin.Payments.Tamara.Services.Events;

/// <summary>
/// Cancels at Tamara what is not captured when a nopCommerce order is deleted: nopCommerce soft-deletes it without a
/// status change, so no cancel would ever reach Tamara, which would capture the order 21 days after authorisation
/// </summary>
public class OrderDeletedConsumer : IConsumer<EntityDeletedEvent<Order>>
{
    #region Fields

    private readonly DeletedOrderWatchList _watchList;
    private readonly TamaraCancelService _cancelService;
    private readonly TamaraClientProvider _clientProvider;
    private readonly TamaraRequestTimeLimit _timeLimit;

    #endregion

    #region Ctor

    public OrderDeletedConsumer(DeletedOrderWatchList watchList,
        TamaraCancelService cancelService,
        TamaraClientProvider clientProvider,
        TamaraRequestTimeLimit timeLimit)
    {
        _watchList = watchList;
        _cancelService = cancelService;
        _clientProvider = clientProvider;
        _timeLimit = timeLimit;
    }

    #endregion

    #region Methods

    /// <summary>
    /// Handle entity deleted event
    /// </summary>
    /// <param name="eventMessage">Event message</param>
    public async Task HandleEventAsync(EntityDeletedEvent<Order> eventMessage)
    {
        var order = eventMessage.Entity;
        if (!TamaraOrderReader.HasTamaraOrder(order))
            return;

        //a cancel that did not finish (queued, refused, or an order still new at Tamara) is followed by the reconciliation task
        var settings = await _clientProvider.LoadSettingsAsync(order.StoreId);
        AfterSaleOutcome outcome;
        using (_timeLimit.Begin())
            outcome = await _cancelService.CancelClosedOrderAsync(order, AdminAction.Delete, settings);
        if (!outcome.Finished)
            await _watchList.AddAsync(order.Id);
    }

    #endregion
}
