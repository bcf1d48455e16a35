using Newtonsoft.Json;

namespace Nop.Plugin.Payments.Tamara.Api.Models;

/// <summary>
/// A billing or shipping address.
/// </summary>
public sealed class Address
{
    [JsonProperty("first_name")]
    public string? FirstName { get; set; }

    [JsonProperty("last_name")]
    public string? LastName { get; set; }

    [JsonProperty("line1")]
    public string? Line1 { get; set; }

    [JsonProperty("line2")]
    public string? Line2 { get; set; }

    [JsonProperty("region")]
    public string? Region { get; set; }

    [JsonProperty("postal_code")]
    public string? PostalCode { get; set; }

    [JsonProperty("city")]
    public string? City { get; set; }

    [JsonProperty("country_code")]
    public string? CountryCode { get; set; }

    [JsonProperty("phone_number")]
    public string? PhoneNumber { get; set; }
}
