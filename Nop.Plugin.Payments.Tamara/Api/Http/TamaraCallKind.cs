namespace Nop.Plugin.Payments.Tamara.Api.Http;

/// <summary>
/// Decides a call's time limit and whether a read may be retried.
/// </summary>
internal enum TamaraCallKind
{
    /// <summary>Orders, payments, merchant, webhooks: <see cref="TamaraClientOptions.OrderTimeout"/>, reads retried.</summary>
    Order,

    /// <summary>Payment types and pre-check while the shopper waits: <see cref="TamaraClientOptions.EligibilityTimeout"/>, never retried.</summary>
    Eligibility
}
