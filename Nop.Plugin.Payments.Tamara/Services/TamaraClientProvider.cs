using Nop.Plugin.Payments.Tamara.Api;
using Nop.Services.Configuration;
using Nop.Services.Logging;

namespace Nop.Plugin.Payments.Tamara.Services;

/// <summary>
/// Creates Tamara API clients from a store's settings, with the call log wired to nopCommerce's log when debug logging is on
/// </summary>
public class TamaraClientProvider
{
    #region Fields

    private readonly ILogger _logger;
    private readonly ISettingService _settingService;
    private readonly ITamaraClientFactory _clientFactory;

    #endregion

    #region Ctor

    public TamaraClientProvider(ILogger logger,
        ISettingService settingService,
        ITamaraClientFactory clientFactory)
    {
        _logger = logger;
        _settingService = settingService;
        _clientFactory = clientFactory;
    }

    #endregion

    #region Utilities

    private void LogCall(TamaraCallLog call)
    {
        var outcome = call.StatusCode?.ToString() ?? call.Failure ?? "no answer";
        var order = string.IsNullOrEmpty(call.TamaraOrderId) ? string.Empty : $", Tamara order {call.TamaraOrderId}";
        _logger.Information($"Tamara API {call.Method} {call.Path}: {outcome} in {call.Duration.TotalMilliseconds:0} ms (attempt {call.Attempt}{order})");
    }

    #endregion

    #region Methods

    /// <summary>
    /// Gets a value indicating whether the settings are complete enough to call Tamara
    /// </summary>
    /// <param name="settings">Plugin settings</param>
    public static bool IsConfigured(TamaraSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);

        if (string.IsNullOrWhiteSpace(settings.ApiToken))
            return false;

        return settings.Environment != TamaraEnvironment.Custom
            || Uri.TryCreate(settings.CustomApiUrl?.Trim(), UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);
    }

    /// <summary>
    /// Loads the plugin settings of a store
    /// </summary>
    /// <param name="storeId">Store identifier</param>
    /// <returns>A task whose result is the settings</returns>
    public Task<TamaraSettings> LoadSettingsAsync(int storeId)
    {
        return _settingService.LoadSettingAsync<TamaraSettings>(storeId);
    }

    /// <summary>
    /// Creates a client for the passed settings
    /// </summary>
    /// <param name="settings">Plugin settings</param>
    /// <param name="orderTimeout">A shorter limit for order calls than the usual one, if any</param>
    /// <returns>Tamara client</returns>
    /// <exception cref="TamaraConnectionException">Settings are not configured: Tamara cannot be called, callers queue or report it</exception>
    public ITamaraClient CreateClient(TamaraSettings settings, TimeSpan? orderTimeout = null)
    {
        ArgumentNullException.ThrowIfNull(settings);

        if (!IsConfigured(settings))
            throw new TamaraConnectionException("Tamara cannot be called: the API token (or the custom URL) of this store is not configured.");

        var options = new TamaraClientOptions
        {
            Environment = settings.Environment,
            CustomBaseUrl = settings.CustomApiUrl,
            ApiToken = settings.ApiToken,
            CallLogger = settings.DebugLogging ? LogCall : null
        };
        if (orderTimeout < options.OrderTimeout)
            options.OrderTimeout = orderTimeout.Value;

        return _clientFactory.Create(options);
    }

    #endregion
}
