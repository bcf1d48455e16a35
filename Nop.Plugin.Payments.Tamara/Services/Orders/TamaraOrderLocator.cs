using Nop.Core.Domain.Orders;
using Nop.Plugin.Payments.Tamara.Api;

namespace Nop.Plugin.Payments.Tamara.Services.Orders;

/// <summary>
/// Finds the order of a store that a Tamara order belongs to, also when only the Tamara order id is known
/// (an older notification payload, a return in a browser without the shopper's session)
/// </summary>
public class TamaraOrderLocator
{
    #region Fields

    private readonly TamaraClientProvider _clientProvider;
    private readonly TamaraOrderStateService _stateService;

    #endregion

    #region Ctor

    public TamaraOrderLocator(TamaraClientProvider clientProvider,
        TamaraOrderStateService stateService)
    {
        _clientProvider = clientProvider;
        _stateService = stateService;
    }

    #endregion

    #region Methods

    /// <summary>
    /// Finds the order of a store one of whose checkout sessions had the Tamara order
    /// </summary>
    /// <param name="storeId">Store identifier: an order of another store is never found</param>
    /// <param name="tamaraOrderId">Tamara order_id</param>
    /// <param name="orderReferenceId">order_reference_id as Tamara reported it, or null to read it from Tamara's own record of the order</param>
    /// <returns>A task whose result is the order, or null when no order of the store has that Tamara order or Tamara cannot tell</returns>
    public async Task<Order?> FindAsync(int storeId, string? tamaraOrderId, string? orderReferenceId = null)
    {
        if (string.IsNullOrEmpty(tamaraOrderId))
            return null;

        if (string.IsNullOrEmpty(orderReferenceId))
        {
            var settings = await _clientProvider.LoadSettingsAsync(storeId);
            if (!TamaraClientProvider.IsConfigured(settings))
                return null;

            try
            {
                orderReferenceId = (await _clientProvider.CreateClient(settings).Orders.GetAsync(tamaraOrderId)).OrderReferenceId;
            }
            catch (TamaraException)
            {
                return null;
            }
        }

        return await _stateService.FindOrderAsync(storeId, orderReferenceId, tamaraOrderId);
    }

    #endregion
}
