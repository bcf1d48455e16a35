using BenchmarkDotNet.Attributes;
using Nop.Plugin.Payments.Tamara.Api.Notifications;
using Nop.Plugin.Payments.Tamara.Tests.Support;

namespace Tamara.Benchmarks;

/// <summary>What the webhook does with each notification before it reads the order: verify the token, parse the body.</summary>
[ShortInProcessJob]
public class NotificationBenchmarks
{
    private const string NotificationToken = "benchmark-notification-token";

    private const string Body = """
        {"order_id":"0ac038ef-6e5d-4c5a-8a0e-4e3f6b9f1b11","order_reference_id":"8f7e1c3a-52b4-4a5e-9d2e-1a2b3c4d5e6f","order_number":"1042",
         "event_type":"order_captured","data":{"capture_id":"9d2e1a2b-3c4d-5e6f-8f7e-1c3a52b44a5e","captured_amount":{"amount":287.07,"currency":"SAR"}}}
        """;

    private readonly TamaraTokenVerifier _verifier = new(TimeProvider.System);
    private string _authorization = null!;

    [GlobalSetup]
    public void MintToken() => _authorization = "Bearer " + TamaraTokenMinter.Mint(NotificationToken, DateTimeOffset.UtcNow);

    [Benchmark(Description = "Verify tamaraToken")]
    public bool Verify() => _verifier.Verify(_authorization, null, NotificationToken).IsValid;

    [Benchmark(Description = "Parse notification body")]
    public bool Parse() => TamaraNotificationParser.TryParse(Body, out _);

    [Benchmark(Description = "Verify and parse")]
    public bool VerifyAndParse() => _verifier.Verify(_authorization, null, NotificationToken).IsValid && TamaraNotificationParser.TryParse(Body, out _);
}
