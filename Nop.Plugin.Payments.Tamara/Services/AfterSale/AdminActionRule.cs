using Nop.Plugin.Payments.Tamara.Api.Models;

namespace Nop.Plugin.Payments.Tamara.Services.AfterSale;

/// <summary>
/// One cell of the admin-action model: what the plugin does at Tamara for one admin action in one Tamara status
/// </summary>
/// <param name="Action">The admin action</param>
/// <param name="Status">The Tamara status (as last known, or as just read)</param>
/// <param name="Reaction">What the plugin does</param>
/// <param name="Message">What the store owner is told when the plugin refuses or only notes; empty otherwise</param>
public sealed record AdminActionRule(AdminAction Action, TamaraOrderStatus Status, TamaraReaction Reaction, string Message);
