using Newtonsoft.Json;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Shipping;
using Nop.Plugin.Payments.Tamara.Domain;
using Nop.Services.Common;

namespace Nop.Plugin.Payments.Tamara.Services.AfterSale;

/// <summary>
/// Keeps the after-sale records of a Tamara order in generic attributes: captures, refunds, pending actions and the
/// capture id of each shipment, so that they survive a restart and are shared by every node of a web farm
/// </summary>
public class AfterSaleRecordService
{
    #region Fields

    private readonly IGenericAttributeService _genericAttributeService;

    #endregion

    #region Ctor

    public AfterSaleRecordService(IGenericAttributeService genericAttributeService)
    {
        _genericAttributeService = genericAttributeService;
    }

    #endregion

    #region Utilities

    private async Task<List<T>> GetListAsync<T>(Order order, string key)
    {
        var json = await _genericAttributeService.GetAttributeAsync<string>(order, key);

        return string.IsNullOrEmpty(json) ? new List<T>() : JsonConvert.DeserializeObject<List<T>>(json) ?? new List<T>();
    }

    private async Task SaveListAsync<T>(Order order, string key, IReadOnlyCollection<T> items)
    {
        //an empty value deletes the attribute
        await _genericAttributeService.SaveAttributeAsync(order, key, items.Count == 0 ? string.Empty : JsonConvert.SerializeObject(items));
    }

    #endregion

    #region Methods

    /// <summary>
    /// Gets the captures the plugin made for the order
    /// </summary>
    public Task<List<CaptureRecord>> GetCapturesAsync(Order order) =>
        GetListAsync<CaptureRecord>(order, TamaraDefaults.OrderAttributes.Captures);

    /// <summary>
    /// Adds a capture to the order's records, once (two nodes in the lock together may both record it), and, for a
    /// shipment, records the capture id on the shipment
    /// </summary>
    public async Task AddCaptureAsync(Order order, Shipment? shipment, CaptureRecord capture)
    {
        var captures = await GetCapturesAsync(order);
        if (captures.All(recorded => !string.Equals(recorded.CaptureId, capture.CaptureId, StringComparison.OrdinalIgnoreCase)))
        {
            captures.Add(capture);
            await SaveListAsync(order, TamaraDefaults.OrderAttributes.Captures, captures);
        }

        if (shipment is not null)
            await _genericAttributeService.SaveAttributeAsync(shipment, TamaraDefaults.ShipmentAttributes.CaptureId, capture.CaptureId);
    }

    /// <summary>
    /// Gets the Tamara capture id recorded on a shipment; empty when the shipment was never captured
    /// </summary>
    public async Task<string> GetShipmentCaptureIdAsync(Shipment shipment)
    {
        return await _genericAttributeService.GetAttributeAsync<string>(shipment, TamaraDefaults.ShipmentAttributes.CaptureId) ?? string.Empty;
    }

    /// <summary>
    /// Gets the refunds the plugin sent (or deliberately did not send) to Tamara
    /// </summary>
    public Task<List<RefundRecord>> GetRefundsAsync(Order order) =>
        GetListAsync<RefundRecord>(order, TamaraDefaults.OrderAttributes.Refunds);

    /// <summary>
    /// Adds a refund to the order's records, once by its merchant_refund_id
    /// </summary>
    public async Task AddRefundAsync(Order order, RefundRecord refund)
    {
        var refunds = await GetRefundsAsync(order);
        if (refunds.Any(recorded => recorded.MerchantRefundId == refund.MerchantRefundId))
            return;

        refunds.Add(refund);
        await SaveListAsync(order, TamaraDefaults.OrderAttributes.Refunds, refunds);
    }

    /// <summary>
    /// Gets the actions waiting on the order to be retried
    /// </summary>
    public Task<List<PendingAction>> GetPendingActionsAsync(Order order) =>
        GetListAsync<PendingAction>(order, TamaraDefaults.OrderAttributes.PendingActions);

    /// <summary>
    /// Adds or replaces (by identifier) an action waiting to be retried
    /// </summary>
    public async Task SavePendingActionAsync(Order order, PendingAction action)
    {
        var actions = await GetPendingActionsAsync(order);
        actions.RemoveAll(pending => pending.Id == action.Id);
        actions.Add(action);
        await SaveListAsync(order, TamaraDefaults.OrderAttributes.PendingActions, actions);
    }

    /// <summary>
    /// Removes an action that succeeded or failed for good
    /// </summary>
    public async Task RemovePendingActionAsync(Order order, string actionId)
    {
        var actions = await GetPendingActionsAsync(order);
        if (actions.RemoveAll(pending => pending.Id == actionId) > 0)
            await SaveListAsync(order, TamaraDefaults.OrderAttributes.PendingActions, actions);
    }

    /// <summary>
    /// Gets the money of the Tamara order as last read; null when it was never read
    /// </summary>
    public async Task<TamaraBalance?> GetBalanceAsync(Order order)
    {
        var json = await _genericAttributeService.GetAttributeAsync<string>(order, TamaraDefaults.OrderAttributes.Balance);

        return string.IsNullOrEmpty(json) ? null : JsonConvert.DeserializeObject<TamaraBalance>(json);
    }

    /// <summary>
    /// Gets a value indicating whether Tamara holds nothing open on the order as last read (all captured or cancelled): a
    /// payment the plugin settled, not one marked paid by hand while Tamara still holds money authorised
    /// </summary>
    public async Task<bool> IsSettledAtTamaraAsync(Order order) =>
        await GetBalanceAsync(order) is { Total: > 0, Capturable: <= 0 };

    /// <summary>
    /// Keeps the money of the Tamara order as just read, for the admin panel
    /// </summary>
    public async Task SaveBalanceAsync(Order order, TamaraBalance balance)
    {
        await _genericAttributeService.SaveAttributeAsync(order, TamaraDefaults.OrderAttributes.Balance, JsonConvert.SerializeObject(balance));
    }

    #endregion
}
