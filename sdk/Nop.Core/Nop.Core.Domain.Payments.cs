using Nop.Core.Configuration;

namespace Nop.Core.Domain.Payments;

public partial class PaymentSettings : ISettings
{
    public PaymentSettings() { ActivePaymentMethodSystemNames = new List<string>(); }
    public List<string> ActivePaymentMethodSystemNames { get; set; }
    public bool AllowRePostingPayments { get; set; }
    public bool BypassPaymentMethodSelectionIfOnlyOne { get; set; }
    public bool CancelRecurringPaymentsAfterFailedPayment { get; set; }
    public int RegenerateOrderGuidInterval { get; set; }
    public bool ShowPaymentMethodDescriptions { get; set; }
    public bool SkipPaymentInfoStepForRedirectionPaymentMethods { get; set; }
}

public enum PaymentStatus
{
    Authorized = 20,
    Paid = 30,
    PartiallyRefunded = 35,
    Pending = 10,
    Refunded = 40,
    Voided = 50,
}
