namespace Nop.Core.Domain.Payments;

public enum PaymentStatus
{
    Authorized = 20,
    Paid = 30,
    PartiallyRefunded = 35,
    Pending = 10,
    Refunded = 40,
    Voided = 50,
}
