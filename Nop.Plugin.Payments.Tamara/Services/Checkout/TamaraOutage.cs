namespace Nop.Plugin.Payments.Tamara.Services.Checkout;

/// <summary>
/// Tamara could not answer one of a store's eligibility calls: the store answers without Tamara until the time passed
/// </summary>
/// <param name="AskAgainAtUtc">When the store may ask Tamara again</param>
public sealed record TamaraOutage(DateTimeOffset AskAgainAtUtc);
