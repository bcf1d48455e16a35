using FsCheck;
using FsCheck.Fluent;
using NUnit.Framework;

namespace Nop.Plugin.Payments.Tamara.Tests.Support.Generated;

/// <summary>
/// Generated cases from FsCheck generators, seeded: the seed is printed with every run and with a failure, and
/// TAMARA_TEST_SEED=&lt;seed&gt; replays a run
/// </summary>
public static class Seeded
{
    /// <summary>
    /// Gets the seed of this run: TAMARA_TEST_SEED when set, otherwise a fixed one, so CI runs the same cases every time
    /// </summary>
    public static ulong Seed => ulong.TryParse(Environment.GetEnvironmentVariable("TAMARA_TEST_SEED"), out var seed) ? seed : 20261129UL;

    /// <summary>
    /// Gets the cases a generator makes from the run's seed
    /// </summary>
    public static T[] Cases<T>(Gen<T> generator, int count, int size = 50)
    {
        TestContext.Out.WriteLine($"Generated with seed {Seed} (replay with TAMARA_TEST_SEED={Seed})");
        return generator.Sample(count, new Rnd(Seed), size);
    }

    /// <summary>
    /// Runs a check on every case; a failure names the seed and the case
    /// </summary>
    public static void ForEach<T>(IReadOnlyList<T> cases, Action<T> check)
    {
        for (var index = 0; index < cases.Count; index++)
        {
            try
            {
                check(cases[index]);
            }
            catch (Exception exception) when (exception is not IgnoreException)
            {
                throw new AssertionException($"Case {index} of seed {Seed} (TAMARA_TEST_SEED={Seed}) failed: {cases[index]}\n{exception.Message}", exception);
            }
        }
    }
}
