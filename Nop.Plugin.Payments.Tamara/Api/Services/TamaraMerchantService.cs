using Nop.Plugin.Payments.Tamara.Api.Http;
using Nop.Plugin.Payments.Tamara.Api.Models;

namespace Nop.Plugin.Payments.Tamara.Api.Services;

/// <summary>
/// The merchant account.
/// </summary>
internal sealed class TamaraMerchantService : ITamaraMerchantService
{
    #region Fields

    private readonly TamaraHttpTransport _transport;

    #endregion

    #region Ctor

    public TamaraMerchantService(TamaraHttpTransport transport)
    {
        _transport = transport;
    }

    #endregion

    #region Methods

    public async Task<MerchantConfigs> GetConfigsAsync(CancellationToken cancellationToken = default)
    {
        return await _transport.SendAsync<MerchantConfigs>(HttpMethod.Get, "merchants/configs", null, null, TamaraCallKind.Order, null, cancellationToken);
    }

    #endregion
}
