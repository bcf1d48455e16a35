using Newtonsoft.Json;
using Nop.Plugin.Payments.Tamara.Api.Serialization;

namespace Nop.Plugin.Payments.Tamara.Api.Models;

/// <summary>
/// What the merchant knows about the shopper, to help Tamara decide. Dates go out as dd-MM-yyyy.
/// </summary>
public sealed class RiskAssessment
{
    [JsonProperty("customer_age")]
    public int? CustomerAge { get; set; }

    [JsonProperty("customer_dob"), JsonConverter(typeof(DayMonthYearDateConverter))]
    public DateOnly? CustomerDateOfBirth { get; set; }

    [JsonProperty("customer_gender")]
    public string? CustomerGender { get; set; }

    [JsonProperty("customer_nationality")]
    public string? CustomerNationality { get; set; }

    [JsonProperty("is_premium_customer")]
    public bool? IsPremiumCustomer { get; set; }

    [JsonProperty("is_existing_customer")]
    public bool? IsExistingCustomer { get; set; }

    [JsonProperty("is_guest_user")]
    public bool? IsGuestUser { get; set; }

    [JsonProperty("account_creation_date"), JsonConverter(typeof(DayMonthYearDateConverter))]
    public DateOnly? AccountCreationDate { get; set; }

    [JsonProperty("platform_account_creation_date"), JsonConverter(typeof(DayMonthYearDateConverter))]
    public DateOnly? PlatformAccountCreationDate { get; set; }

    [JsonProperty("date_of_first_transaction"), JsonConverter(typeof(DayMonthYearDateConverter))]
    public DateOnly? DateOfFirstTransaction { get; set; }

    [JsonProperty("is_card_on_file")]
    public bool? IsCardOnFile { get; set; }

    // Tamara spells this one key with capitals.
    [JsonProperty("is_COD_customer")]
    public bool? IsCashOnDeliveryCustomer { get; set; }

    [JsonProperty("has_delivered_order")]
    public bool? HasDeliveredOrder { get; set; }

    [JsonProperty("is_phone_verified")]
    public bool? IsPhoneVerified { get; set; }

    [JsonProperty("is_fraudulent_customer")]
    public bool? IsFraudulentCustomer { get; set; }

    [JsonProperty("total_ltv")]
    public decimal? TotalLifetimeValue { get; set; }

    [JsonProperty("total_order_count")]
    public int? TotalOrderCount { get; set; }

    [JsonProperty("order_amount_last3months")]
    public decimal? OrderAmountLast3Months { get; set; }

    [JsonProperty("order_count_last3months")]
    public int? OrderCountLast3Months { get; set; }

    [JsonProperty("last_order_date"), JsonConverter(typeof(DayMonthYearDateConverter))]
    public DateOnly? LastOrderDate { get; set; }

    [JsonProperty("last_order_amount")]
    public decimal? LastOrderAmount { get; set; }

    [JsonProperty("reward_program_enrolled")]
    public bool? RewardProgramEnrolled { get; set; }

    [JsonProperty("reward_program_points")]
    public int? RewardProgramPoints { get; set; }

    [JsonProperty("phone_verified")]
    public bool? PhoneVerified { get; set; }
}
