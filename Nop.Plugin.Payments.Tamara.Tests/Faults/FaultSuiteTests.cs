using Nop.Plugin.Payments.Tamara.Tests.Support.Journeys;
using Nop.Plugin.Payments.Tamara.Tests.Support.Generated;
using NUnit.Framework;

namespace Nop.Plugin.Payments.Tamara.Tests.Faults;

/// <summary>
/// The proof under faults: scripted journeys against the emulator with a fault at every call of every step (500, 503, 409, a
/// timeout, a dropped connection, a lost answer), a restart of the store after every step, notifications five times and reordered,
/// and seeded random mixes. The suite ends with one line of figures; all but the first two must be 0.
/// </summary>
[TestFixture]
[Category("Faults")]
public class FaultSuiteTests
{
    /// <summary>
    /// Gets the run's seed, as every generated test takes it (TAMARA_TEST_SEED, or the fixed one CI runs)
    /// </summary>
    private static int Seed => unchecked((int)Seeded.Seed);

    /// <summary>
    /// Runs the journeys a few at a time (they mostly wait on loopback calls and retries, not on the processor)
    /// </summary>
    private static async Task<Figures> RunAsync(IEnumerable<FaultCase> cases)
    {
        var figures = new Figures();
        var unbalanced = new System.Collections.Concurrent.ConcurrentDictionary<int, string>();
        var numbered = cases.Select((faultCase, index) => (faultCase, index)).ToList();
        await Parallel.ForEachAsync(numbered, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (item, _) =>
        {
            var (journey, story) = await item.faultCase.RunAsync(Seed + item.index);
            if (!journey.Balanced)
                unbalanced[item.index] = $"{item.faultCase.Name}:{Environment.NewLine}{story}{Environment.NewLine}  => {string.Join(Environment.NewLine + "  => ", journey.Findings)}";
            figures.Add(journey);
        });

        foreach (var report in unbalanced.OrderBy(entry => entry.Key))
            TestContext.Out.WriteLine(report.Value);
        var line = $"Proof (seed {Seed}): {figures}";
        TestContext.Progress.WriteLine(line);
        TestContext.Out.WriteLine(line);
        var file = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"proof-figures-{TestContext.CurrentContext.Test.MethodName}.txt");
        await File.WriteAllTextAsync(file, line + Environment.NewLine);
        TestContext.AddTestAttachment(file, "figures");
        return figures;
    }

    [Test]
    public async Task Under_every_fault_no_order_is_lost_captured_or_refunded_twice_left_approved_or_booked_differently()
    {
        var figures = await RunAsync(FaultCases.All(Seed));

        Assert.That(figures.Faults, Is.GreaterThan(0), "faults were injected");
        Assert.Multiple(() =>
        {
            Assert.That(figures.OrdersLost, Is.Zero, "orders lost");
            Assert.That(figures.DoubleCaptures, Is.Zero, "double captures");
            Assert.That(figures.DoubleRefunds, Is.Zero, "double refunds");
            Assert.That(figures.LeftInApproved, Is.Zero, "orders left in approved");
            Assert.That(figures.AmountDifferences, Is.Zero, "amounts that differ between Tamara and nopCommerce");
        });
    }
}
