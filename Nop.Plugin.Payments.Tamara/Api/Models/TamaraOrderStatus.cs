using System.Runtime.Serialization;

namespace Nop.Plugin.Payments.Tamara.Api.Models;

/// <summary>
/// The status of an order at Tamara (seed "Online Order Status Flow"); <see cref="Unknown"/> stands for a status Tamara added later.
/// </summary>
public enum TamaraOrderStatus
{
    Unknown = 0,

    [EnumMember(Value = "new")]
    New = 1,

    [EnumMember(Value = "approved")]
    Approved = 2,

    [EnumMember(Value = "declined")]
    Declined = 3,

    [EnumMember(Value = "expired")]
    Expired = 4,

    [EnumMember(Value = "authorised")]
    Authorised = 5,

    [EnumMember(Value = "canceled")]
    Canceled = 6,

    [EnumMember(Value = "updated")]
    Updated = 7,

    [EnumMember(Value = "partially_captured")]
    PartiallyCaptured = 8,

    [EnumMember(Value = "fully_captured")]
    FullyCaptured = 9,

    [EnumMember(Value = "partially_refunded")]
    PartiallyRefunded = 10,

    [EnumMember(Value = "fully_refunded")]
    FullyRefunded = 11,

    [EnumMember(Value = "on_hold")]
    OnHold = 12
}
