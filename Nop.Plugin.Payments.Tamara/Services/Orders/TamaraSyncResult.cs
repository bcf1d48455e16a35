using Nop.Plugin.Payments.Tamara.Api.Models;

namespace Nop.Plugin.Payments.Tamara.Services.Orders;

/// <summary>
/// The result of a synchronisation
/// </summary>
/// <param name="Outcome">How it ended</param>
/// <param name="Status">Tamara status after it, when Tamara was read</param>
public sealed record TamaraSyncResult(TamaraSyncOutcome Outcome, TamaraOrderStatus? Status = null);
