namespace Nop.Plugin.Payments.Tamara.Models.Admin;

/// <summary>
/// Represents one Tamara action in the order's history
/// </summary>
/// <param name="CreatedOnUtc">When it happened</param>
/// <param name="Text">What happened</param>
public record TamaraHistoryEntryModel(DateTime CreatedOnUtc, string Text);
