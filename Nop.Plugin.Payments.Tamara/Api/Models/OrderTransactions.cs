using Newtonsoft.Json;

namespace Nop.Plugin.Payments.Tamara.Api.Models;

/// <summary>
/// The cancels, captures and refunds done on an order.
/// </summary>
public sealed class OrderTransactions
{
    [JsonProperty("cancels")]
    public List<CancelTransaction> Cancels { get; set; } = [];

    [JsonProperty("captures")]
    public List<CaptureTransaction> Captures { get; set; } = [];

    [JsonProperty("refunds")]
    public List<RefundTransaction> Refunds { get; set; } = [];
}
