using Nop.Services.Configuration;

namespace Nop.Plugin.Payments.Tamara.Services.Reconciliation;

/// <summary>
/// The deleted orders Tamara may still hold money for, kept in a setting shared by every node (nopCommerce's order
/// search skips deleted orders, so the reconciliation task could not find them otherwise)
/// </summary>
public class DeletedOrderWatchList
{
    #region Fields

    private readonly ISettingService _settingService;

    #endregion

    #region Ctor

    public DeletedOrderWatchList(ISettingService settingService)
    {
        _settingService = settingService;
    }

    #endregion

    #region Utilities

    private Task SaveAsync(IEnumerable<int> orderIds) =>
        _settingService.SetSettingAsync(TamaraDefaults.DeletedOrdersSettingKey, string.Join(',', orderIds.Distinct()));

    #endregion

    #region Methods

    /// <summary>
    /// Gets the identifiers of the deleted orders being watched
    /// </summary>
    public async Task<IReadOnlyList<int>> GetAsync()
    {
        var value = await _settingService.GetSettingByKeyAsync<string>(TamaraDefaults.DeletedOrdersSettingKey, string.Empty);

        return (value ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(id => int.TryParse(id, out var orderId) ? orderId : 0)
            .Where(orderId => orderId > 0)
            .ToList();
    }

    /// <summary>
    /// Watches a deleted order until Tamara holds nothing open on it, behind the others (so a long list is taken in turns)
    /// </summary>
    /// <param name="orderId">Order identifier</param>
    public async Task AddAsync(int orderId) => await SaveAsync((await GetAsync()).Where(id => id != orderId).Append(orderId));

    /// <summary>
    /// Stops watching a deleted order
    /// </summary>
    /// <param name="orderId">Order identifier</param>
    public async Task RemoveAsync(int orderId) => await SaveAsync((await GetAsync()).Where(id => id != orderId));

    #endregion
}
