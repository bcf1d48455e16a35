namespace Nop.Plugin.Payments.Tamara.Api;

/// <summary>
/// One entry of Tamara's <c>errors</c> array: a code such as <c>total_amount_invalid_limit</c> and its data
/// (e.g. <c>webhook_id</c> for <c>webhook_already_registered</c>), scalar values as strings, nested ones as JSON text.
/// </summary>
public sealed record TamaraApiError(string Code, IReadOnlyDictionary<string, string> Data);
