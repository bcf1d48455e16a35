using Nop.Plugin.Payments.Tamara.Api;

namespace Nop.Plugin.Payments.Tamara.Services.Orders;

/// <summary>
/// Splits an amount over parts in proportion to weights, in whole minor units of the currency (Fowler's Money.allocate):
/// the one split behind checkout lines, shipment captures and the order-level amounts they carry
/// </summary>
/// <remarks>
/// Each part gets the floor of its ideal share; the units left over go one by one to the parts with the largest
/// remainders, ties to the earlier part. So the parts always add up to the amount exactly, none is negative (for an
/// amount that is not), and each is within one minor unit of its ideal share.
/// </remarks>
public static class MoneyAllocator
{
    #region Methods

    /// <summary>
    /// Splits an amount in proportion to weights
    /// </summary>
    /// <param name="amount">Amount to split, in major units with at most the currency's minor digits</param>
    /// <param name="weights">Weights of the parts, none negative; all zero splits evenly</param>
    /// <param name="currencyCode">Currency (it gives the minor digits)</param>
    /// <returns>One part per weight, in the order of the weights</returns>
    public static decimal[] Allocate(decimal amount, IReadOnlyList<decimal> weights, string currencyCode)
    {
        if (weights.Count == 0)
            throw new ArgumentException("At least one part is needed", nameof(weights));
        if (weights.Any(weight => weight < 0))
            throw new ArgumentException("Weights cannot be negative", nameof(weights));

        if (amount < 0)
            return Allocate(-amount, weights, currencyCode).Select(part => -part).ToArray();

        var unit = TamaraCurrency.MinorUnit(currencyCode);
        var units = amount / unit;
        if (units != decimal.Truncate(units))
            throw new ArgumentException($"{amount} has more minor digits than {currencyCode} allows", nameof(amount));

        var whole = weights.Sum();
        var shares = whole == 0
            ? weights.Select(_ => units / weights.Count).ToArray()
            : weights.Select(weight => units * weight / whole).ToArray();
        var parts = shares.Select(decimal.Floor).ToArray();

        var leftover = (int)(units - parts.Sum());
        foreach (var index in Enumerable.Range(0, parts.Length).OrderByDescending(index => shares[index] - parts[index]).ThenBy(index => index).Take(leftover))
            parts[index]++;

        return parts.Select(part => part * unit).ToArray();
    }

    /// <summary>
    /// Gets the part of an amount that falls to a part of a whole (the first of a two-way split)
    /// </summary>
    /// <param name="amount">Amount to split</param>
    /// <param name="part">Weight of the part</param>
    /// <param name="whole">Weight of the whole, at least the part's</param>
    /// <param name="currencyCode">Currency (it gives the minor digits)</param>
    public static decimal Share(decimal amount, decimal part, decimal whole, string currencyCode)
    {
        return Allocate(amount, [part, whole - part], currencyCode)[0];
    }

    #endregion
}
