namespace Nop.Plugin.Payments.Tamara.Api;

/// <summary>
/// Creates a client for one store's settings; cheap, so create one where it is needed.
/// </summary>
public interface ITamaraClientFactory
{
    /// <exception cref="ArgumentException">No API token, or a custom environment without a valid URL.</exception>
    ITamaraClient Create(TamaraClientOptions options);
}
