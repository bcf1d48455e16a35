using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Tamara.Emulator;

namespace Nop.Plugin.Payments.Tamara.Tests.Support.Journeys;

/// <summary>
/// A Tamara order as the merchant's own books read it: the order details over HTTP, read with the test's eyes, not the plugin's client
/// </summary>
public sealed record TamaraBooks(string Status, decimal Total, decimal Captured, decimal Canceled, decimal Refunded, IReadOnlyList<string?> CaptureTrackingNumbers)
{
    /// <summary>
    /// Statuses of an order Tamara authorised at some point: the shopper's money is held or taken
    /// </summary>
    private static readonly string[] _authorisedStatuses = ["authorised", "updated", "partially_captured", "fully_captured", "partially_refunded", "fully_refunded"];

    public bool WasAuthorised => _authorisedStatuses.Contains(Status) || Status == "canceled" && Captured > 0;

    /// <summary>
    /// Gets what Tamara still holds authorised: neither captured nor cancelled
    /// </summary>
    public decimal Open => WasAuthorised ? Total - Captured - Canceled : 0m;

    private static decimal Amount(JsonNode? money) => money?["amount"] is { } amount
        ? decimal.Parse(amount.ToString(), NumberStyles.Number, CultureInfo.InvariantCulture)
        : 0m;

    public static async Task<TamaraBooks> ReadAsync(TamaraEmulatorHost merchant, string orderId)
    {
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{merchant.BaseUrl}/merchants/orders/{orderId}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", merchant.ApiToken);
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var details = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        var captures = details["transactions"]?["captures"] as JsonArray ?? [];
        return new TamaraBooks(details["status"]!.GetValue<string>(), Amount(details["total_amount"]), Amount(details["captured_amount"]),
            Amount(details["canceled_amount"]), Amount(details["refunded_amount"]),
            captures.Select(capture => capture?["shipping_info"]?["tracking_number"]?.GetValue<string>()).ToList());
    }
}
