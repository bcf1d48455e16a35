using System.Runtime.Serialization;

namespace Nop.Plugin.Payments.Tamara.Api.Models;

/// <summary>
/// Tamara's payment plans; <see cref="Unknown"/> stands for a plan Tamara added after this client was written.
/// </summary>
public enum TamaraPaymentType
{
    Unknown = 0,

    [EnumMember(Value = "PAY_BY_INSTALMENTS")]
    PayByInstalments = 1,

    [EnumMember(Value = "PAY_NOW")]
    PayNow = 2,

    [EnumMember(Value = "PAY_NEXT_MONTH")]
    PayNextMonth = 3,

    [EnumMember(Value = "PAY_BY_LATER")]
    PayByLater = 4
}
