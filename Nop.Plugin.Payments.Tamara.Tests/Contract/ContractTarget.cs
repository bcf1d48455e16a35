using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Payments.Tamara.Api;
using Tamara.Emulator;

namespace Nop.Plugin.Payments.Tamara.Tests.Contract;

/// <summary>
/// The Tamara the contract tests talk to: the one named by TAMARA_CONTRACT_BASE_URL and TAMARA_CONTRACT_API_TOKEN (a
/// merchant's sandbox, https://api-sandbox.tamara.co), or, when they are not set, the emulator started here on loopback.
/// </summary>
public sealed class ContractTarget : IAsyncDisposable
{
    public const string BaseUrlVariable = "TAMARA_CONTRACT_BASE_URL";
    public const string ApiTokenVariable = "TAMARA_CONTRACT_API_TOKEN";

    private readonly ServiceProvider _services;
    private readonly TamaraEmulatorHost? _emulator;

    private ContractTarget(string baseUrl, string apiToken, TamaraEmulatorHost? emulator)
    {
        BaseUrl = baseUrl;
        ApiToken = apiToken;
        _emulator = emulator;
        _services = new ServiceCollection().AddTamaraApi().BuildServiceProvider();
    }

    public string BaseUrl { get; }

    public string ApiToken { get; }

    /// <summary>True against the emulator; a test that needs more than the API (a shopper's approval) may use it then only.</summary>
    public bool IsEmulator => _emulator is not null;

    public static async Task<ContractTarget> StartAsync()
    {
        var baseUrl = Environment.GetEnvironmentVariable(BaseUrlVariable);
        if (!string.IsNullOrWhiteSpace(baseUrl))
        {
            var apiToken = Environment.GetEnvironmentVariable(ApiTokenVariable);
            if (string.IsNullOrWhiteSpace(apiToken))
                throw new InvalidOperationException($"{BaseUrlVariable} is set but {ApiTokenVariable} is not.");
            return new ContractTarget(baseUrl.Trim(), apiToken.Trim(), null);
        }

        var emulator = await TamaraEmulatorHost.StartAsync(new TamaraEmulatorOptions { FreezeClock = true, StrictTotals = true });
        return new ContractTarget(emulator.BaseUrl, emulator.ApiToken, emulator);
    }

    public ITamaraClient CreateClient(string? apiToken = null) =>
        _services.GetRequiredService<ITamaraClientFactory>().Create(new TamaraClientOptions
        {
            Environment = TamaraEnvironment.Custom,
            CustomBaseUrl = BaseUrl,
            ApiToken = apiToken ?? ApiToken,
            OrderTimeout = TimeSpan.FromSeconds(30),
            EligibilityTimeout = TimeSpan.FromSeconds(30),
            ReadRetryCount = 0
        });

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (_emulator is not null)
            await _emulator.DisposeAsync();
    }
}
