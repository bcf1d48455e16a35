namespace Nop.Plugin.Payments.Tamara.Tests.Model;

/// <summary>
/// The model test's figures: sequences run, steps taken, faults their calls met, invariants broken (must be 0; each broken
/// invariant counts once per sequence, however many steps find it)
/// </summary>
public sealed class ModelFigures
{
    public ModelFigures(IReadOnlyCollection<ModelOutcome> outcomes)
    {
        Sequences = outcomes.Count;
        Steps = outcomes.Sum(outcome => outcome.Steps);
        Faults = outcomes.Sum(outcome => outcome.Faults);
        Breaks = outcomes.Sum(outcome => outcome.DistinctBreaks);
    }

    public int Sequences { get; }

    public int Steps { get; }

    public int Faults { get; }

    public int Breaks { get; }

    public override string ToString() => $"{Sequences} sequences, {Steps} steps, {Faults} faults, {Breaks} invariant breaks";
}
