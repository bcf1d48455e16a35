namespace Nop.Plugin.Payments.Tamara.Api.Models;

/// <summary>
/// An amount in major units with its ISO currency code, as Tamara writes it: <c>{"amount": 300.5, "currency": "SAR"}</c>.
/// The amount is rounded to the currency's minor digits (see <see cref="TamaraCurrency"/>) when it is sent.
/// </summary>
public sealed record Money(decimal Amount, string Currency);
