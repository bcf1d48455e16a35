namespace Nop.Plugin.Payments.Tamara.Api;

/// <summary>
/// Creates clients on the named HttpClient <see cref="HttpClientName"/> from <see cref="IHttpClientFactory"/>.
/// </summary>
public sealed class TamaraClientFactory : ITamaraClientFactory
{
    #region Fields

    /// <summary>The name under which the HttpClient is registered (see <see cref="TamaraApiServiceCollectionExtensions.AddTamaraApi"/>).</summary>
    public const string HttpClientName = "Tamara";

    private readonly IHttpClientFactory _httpClientFactory;

    #endregion

    #region Ctor

    public TamaraClientFactory(IHttpClientFactory httpClientFactory)
    {
        _httpClientFactory = httpClientFactory;
    }

    #endregion

    #region Methods

    public ITamaraClient Create(TamaraClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrEmpty(options.ApiToken))
            throw new ArgumentException("The Tamara API token is not set.", nameof(options));

        // Validates a custom URL now rather than at the first call.
        options.GetBaseUrl();

        var httpClient = _httpClientFactory.CreateClient(HttpClientName);

        // Each call has its own time limit (orders or eligibility); the client-wide one must not cut it short.
        httpClient.Timeout = Timeout.InfiniteTimeSpan;

        return new TamaraClient(httpClient, options);
    }

    #endregion
}
