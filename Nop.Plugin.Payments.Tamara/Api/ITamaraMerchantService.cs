using Nop.Plugin.Payments.Tamara.Api.Models;

namespace Nop.Plugin.Payments.Tamara.Api;

/// <summary>
/// The merchant account.
/// </summary>
public interface ITamaraMerchantService
{
    /// <summary><c>GET /merchants/configs</c>: proves the token works and gives the public key.</summary>
    Task<MerchantConfigs> GetConfigsAsync(CancellationToken cancellationToken = default);
}
