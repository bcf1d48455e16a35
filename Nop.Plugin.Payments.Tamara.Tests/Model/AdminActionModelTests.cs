using System.Collections.Concurrent;
using Nop.Plugin.Payments.Tamara.Tests.Support.Generated;
using NUnit.Framework;

namespace Nop.Plugin.Payments.Tamara.Tests.Model;

/// <summary>
/// The model-based test of the order page: generated sequences of admin actions, Tamara-side events and faults against the
/// plugin's real services and the emulator, the invariants of Tamara's order status flow checked after every step. Prints one
/// line of figures; every invariant break fails it with its seed, case and story.
/// </summary>
[TestFixture]
[Category("Model")]
public class AdminActionModelTests
{
    public const int SEQUENCES = 1000;

    /// <summary>
    /// Stores (each with its Tamara) running sequences side by side: they mostly wait on loopback calls
    /// </summary>
    private const int WORKERS = 4;

    /// <summary>
    /// Runs only this case of the seed's run when set (TAMARA_MODEL_CASE=17), to replay one failure
    /// </summary>
    private static int? OnlyCase => int.TryParse(Environment.GetEnvironmentVariable("TAMARA_MODEL_CASE"), out var index) ? index : null;

    [Test]
    public async Task Every_admin_action_in_every_Tamara_state_keeps_both_books_in_line_under_faults()
    {
        var seed = unchecked((int)Seeded.Seed);
        var cases = Seeded.Cases(ModelCase.Generator, SEQUENCES, size: ModelCase.MAX_STEPS).Select((modelCase, index) => modelCase with { Index = index })
            .Where(modelCase => OnlyCase is null || modelCase.Index == OnlyCase).ToList();

        var outcomes = new ConcurrentBag<ModelOutcome>();
        var workers = Math.Min(WORKERS, cases.Count);
        await Parallel.ForEachAsync(Enumerable.Range(0, workers), new ParallelOptions { MaxDegreeOfParallelism = workers }, async (worker, _) =>
        {
            await using var world = await ModelWorld.OpenAsync(worker, seed);
            foreach (var modelCase in cases.Where((_, position) => position % workers == worker))
                outcomes.Add(await world.RunAsync(modelCase));
        });

        var figures = new ModelFigures(outcomes);
        var broken = outcomes.Where(outcome => outcome.Breaks.Count > 0).OrderBy(outcome => outcome.Case.Index).ToList();
        foreach (var outcome in broken)
        {
            TestContext.Out.WriteLine($"Seed {seed}, {outcome.Case} (replay: TAMARA_TEST_SEED={seed} TAMARA_MODEL_CASE={outcome.Case.Index}):");
            TestContext.Out.WriteLine(outcome.Story);
            TestContext.Out.WriteLine(string.Concat(outcome.Breaks.Select(line => $"  => {line}{Environment.NewLine}")));
        }

        var line = $"Model (seed {seed}): {figures}";
        TestContext.Progress.WriteLine(line);
        TestContext.Out.WriteLine(line);
        var file = Path.Combine(TestContext.CurrentContext.WorkDirectory, "model-figures.txt");
        await File.WriteAllTextAsync(file, line + Environment.NewLine);
        TestContext.AddTestAttachment(file, "figures");

        Assert.That(figures.Breaks, Is.Zero, $"invariant breaks: the first in case {broken.FirstOrDefault()?.Case.Index} (TAMARA_TEST_SEED={seed} TAMARA_MODEL_CASE={broken.FirstOrDefault()?.Case.Index})");
    }
}
