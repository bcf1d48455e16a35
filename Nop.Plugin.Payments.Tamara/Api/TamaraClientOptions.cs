namespace Nop.Plugin.Payments.Tamara.Api;

/// <summary>
/// How to reach Tamara for one store. Its ToString never shows the token.
/// </summary>
public sealed class TamaraClientOptions
{
    #region Fields

    public static readonly Uri SandboxBaseUrl = new("https://api-sandbox.tamara.co");

    public static readonly Uri ProductionBaseUrl = new("https://api.tamara.co");

    private string _apiToken = string.Empty;

    #endregion

    #region Properties

    public TamaraEnvironment Environment { get; set; } = TamaraEnvironment.Sandbox;

    /// <summary>Absolute http(s) URL used when <see cref="Environment"/> is <see cref="TamaraEnvironment.Custom"/>.</summary>
    public string? CustomBaseUrl { get; set; }

    /// <summary>The merchant's API token; every space and line break of a pasted token is removed.</summary>
    public string ApiToken
    {
        get => _apiToken;
        set => _apiToken = TamaraSecret.Clean(value);
    }

    /// <summary>Time limit of each order, payment, merchant and webhook call.</summary>
    public TimeSpan OrderTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time limit of the eligibility calls (payment types, pre-check), which run while the shopper waits and are never retried.</summary>
    public TimeSpan EligibilityTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How many times a failed read (GET) is tried again after a timeout, a connection failure, 408, 429 or 5xx;
    /// writes are never retried (Tamara has no idempotency key) and neither are eligibility calls.</summary>
    public int ReadRetryCount { get; set; } = 2;

    /// <summary>Wait before the first retry of a read; doubled for each further retry.</summary>
    public TimeSpan ReadRetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Called after each HTTP attempt; exceptions it throws are ignored.</summary>
    public Action<TamaraCallLog>? CallLogger { get; set; }

    #endregion

    #region Methods

    /// <summary>
    /// The base URL of the chosen environment.
    /// </summary>
    /// <exception cref="ArgumentException">A custom environment without an absolute http(s) URL.</exception>
    public Uri GetBaseUrl()
    {
        return Environment switch
        {
            TamaraEnvironment.Production => ProductionBaseUrl,
            TamaraEnvironment.Sandbox => SandboxBaseUrl,
            _ => Uri.TryCreate(CustomBaseUrl?.Trim(), UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
                ? url
                : throw new ArgumentException("The custom Tamara base URL must be an absolute http or https URL.", nameof(CustomBaseUrl))
        };
    }

    #endregion
}
