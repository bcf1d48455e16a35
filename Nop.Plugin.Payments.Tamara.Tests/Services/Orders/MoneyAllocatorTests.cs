using FsCheck.Fluent;
using Nop.Plugin.Payments.Tamara.Services.Orders;
using Nop.Plugin.Payments.Tamara.Tests.Support.Generated;
using NUnit.Framework;

namespace Nop.Plugin.Payments.Tamara.Tests.Services.Orders;

[TestFixture]
public class MoneyAllocatorTests
{
    public sealed record Split(string Currency, decimal Amount, decimal[] Weights, int Grown, decimal Growth)
    {
        public override string ToString() => $"{Amount} {Currency} over [{string.Join(", ", Weights)}], weight {Grown} grown by {Growth}";
    }

    private static readonly Split[] _splits = Seeded.Cases(
        from currency in Gen.Elements("SAR", "AED", "KWD", "BHD", "OMR")
        from units in Gen.Choose(0, 2_000_000)
        from count in Gen.Choose(1, 8)
        from weights in Gen.Choose(0, 100_000).Select(weight => weight / 100m).ArrayOf(count)
        from grown in Gen.Choose(0, 7)
        from growth in Gen.Choose(1, 50_000)
        let scale = currency is "KWD" or "BHD" or "OMR" ? 1000m : 100m
        select new Split(currency, units / scale, weights, grown % weights.Length, growth / 100m), 1000);

    private static decimal Unit(string currency) => currency is "KWD" or "BHD" or "OMR" ? 0.001m : 0.01m;

    private static decimal Ideal(Split split, int index)
    {
        var whole = split.Weights.Sum();
        return whole == 0 ? split.Amount / split.Weights.Length : split.Amount * split.Weights[index] / whole;
    }

    [Test]
    public void The_parts_add_up_to_the_amount_exactly() =>
        Seeded.ForEach(_splits, split => Assert.That(MoneyAllocator.Allocate(split.Amount, split.Weights, split.Currency).Sum(), Is.EqualTo(split.Amount)));

    [Test]
    public void No_part_is_negative() =>
        Seeded.ForEach(_splits, split => Assert.That(MoneyAllocator.Allocate(split.Amount, split.Weights, split.Currency), Is.All.GreaterThanOrEqualTo(0m)));

    [Test]
    public void Each_part_is_within_one_minor_unit_of_its_ideal_share() =>
        Seeded.ForEach(_splits, split =>
        {
            var parts = MoneyAllocator.Allocate(split.Amount, split.Weights, split.Currency);
            for (var index = 0; index < parts.Length; index++)
                Assert.That(Math.Abs(parts[index] - Ideal(split, index)), Is.LessThan(Unit(split.Currency)), $"part {index}");
        });

    [Test]
    public void Each_part_has_the_currency_minor_digits() =>
        Seeded.ForEach(_splits, split => Assert.That(MoneyAllocator.Allocate(split.Amount, split.Weights, split.Currency)
            .Select(part => part / Unit(split.Currency)), Is.All.EqualTo(0m).Or.Matches<decimal>(units => units == decimal.Truncate(units))));

    [Test]
    public void A_larger_weight_never_gets_a_smaller_part() =>
        Seeded.ForEach(_splits, split =>
        {
            var grown = split.Weights.ToArray();
            grown[split.Grown] += split.Growth;

            Assert.That(MoneyAllocator.Allocate(split.Amount, grown, split.Currency)[split.Grown],
                Is.GreaterThanOrEqualTo(MoneyAllocator.Allocate(split.Amount, split.Weights, split.Currency)[split.Grown]));
        });

    [Test]
    public void An_amount_with_more_digits_than_the_currency_is_refused()
    {
        Assert.Throws<ArgumentException>(() => MoneyAllocator.Allocate(1.005m, [1m, 1m], "SAR"));
    }

    [Test]
    public void The_leftover_unit_goes_to_the_largest_remainder_and_a_tie_to_the_earlier_part()
    {
        Assert.That(MoneyAllocator.Allocate(0.05m, [1m, 1m], "SAR"), Is.EqualTo(new[] { 0.03m, 0.02m }));
        Assert.That(MoneyAllocator.Allocate(1.00m, [1m, 2m], "SAR"), Is.EqualTo(new[] { 0.33m, 0.67m }));
    }
}
