using Newtonsoft.Json;

namespace Nop.Plugin.Payments.Tamara.Api.Models;

/// <summary>
/// A plain acknowledgement, e.g. "Order reference id was updated successfully".
/// </summary>
public sealed class MessageResponse
{
    [JsonProperty("message")]
    public string? Message { get; set; }
}
