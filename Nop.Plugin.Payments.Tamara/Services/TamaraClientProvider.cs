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
    /// Gets the base URL Tamara is reached at with the passed connection
    /// </summary>
    /// <param name="environment">Tamara environment</param>
    /// <param name="customApiUrl">Base URL of the Custom environment</param>
    /// <returns>The absolute base URL, or null when the Custom environment has no absolute http(s) URL</returns>
    public static string? GetBaseUrl(TamaraEnvironment environment, string? customApiUrl)
    {
        try
        {
            return new TamaraClientOptions { Environment = environment, CustomBaseUrl = customApiUrl }.GetBaseUrl().AbsoluteUri;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// Gets a value indicating whether the saved API token was entered for the URL the settings now point at
    /// </summary>
    /// <param name="settings">Plugin settings</param>
    public static bool IsTokenForThisConnection(TamaraSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);

        return IsTokenFor(settings, GetBaseUrl(settings.Environment, settings.CustomApiUrl));
    }

    private static bool IsTokenFor(TamaraSettings settings, string? baseUrl) =>
        string.IsNullOrEmpty(settings.ApiTokenBaseUrl) || string.Equals(settings.ApiTokenBaseUrl, baseUrl, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Gets a value indicating whether the settings are complete enough to call Tamara: an API token entered for the URL they point at
    /// </summary>
    /// <param name="settings">Plugin settings</param>
    public static bool IsConfigured(TamaraSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);

        //read on every widget render and payment method check: the base URL is worked out once
        var baseUrl = GetBaseUrl(settings.Environment, settings.CustomApiUrl);

        return !string.IsNullOrWhiteSpace(settings.ApiToken) && baseUrl is not null && IsTokenFor(settings, baseUrl);
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
            throw new TamaraConnectionException("Tamara cannot be called: the API token (or the custom URL) of this store is not configured, or the token was entered for another URL.");

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
