using Newtonsoft.Json;

namespace Nop.Plugin.Payments.Tamara.Api.Models;

/// <summary>
/// <c>PUT /orders/{order_id}/reference-id</c>.
/// </summary>
public sealed class UpdateReferenceIdRequest
{
    [JsonProperty("order_reference_id")]
    public required string OrderReferenceId { get; set; }
}
