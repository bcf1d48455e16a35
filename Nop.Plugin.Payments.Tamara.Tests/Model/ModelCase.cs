using FsCheck;
using FsCheck.Fluent;
using Nop.Plugin.Payments.Tamara.Domain;
using Nop.Plugin.Payments.Tamara.Tests.Faults;

namespace Nop.Plugin.Payments.Tamara.Tests.Model;

/// <summary>
/// A fault planned for a step: one of the endpoints the step calls (picked by <see cref="EndpointChoice"/>) fails as said
/// </summary>
public sealed record PlannedFault(int EndpointChoice, InjectedFault Fault);

/// <summary>
/// One generated step: which of the steps offered in the order's state it is (<see cref="Choice"/> modulo their number, so every
/// step is one nopCommerce would offer), an amount choice for refunds and edits, a fault, and whether the store heals at once
/// after a fault met (faults cleared, the task run over the next hours) or goes on with the fault's work outstanding
/// </summary>
public sealed record PlannedStep(int Choice, int AmountChoice, PlannedFault? Fault, bool HealsAfterFault);

/// <summary>
/// One generated sequence: the store's after-sale settings and up to 12 steps on one order after its checkout
/// </summary>
public sealed record ModelCase(int Index, CaptureTrigger CaptureTrigger, bool SendOfflineRefundsToTamara, IReadOnlyList<PlannedStep> Steps)
{
    public const int MAX_STEPS = 12;

    /// <summary>
    /// Percent of steps that meet a planned fault
    /// </summary>
    private const int FAULT_PERCENT = 20;

    private static readonly Gen<PlannedFault?> _faultGen =
        from percent in Gen.Choose(0, 99)
        from endpoint in Gen.Choose(0, 100)
        from fault in Gen.Elements(InjectedFaults.All.ToArray())
        select percent < FAULT_PERCENT ? new PlannedFault(endpoint, fault) : null;

    private static readonly Gen<PlannedStep> _stepGen =
        from choice in Gen.Choose(0, 10_000)
        from amount in Gen.Choose(1, 100)
        from fault in _faultGen
        from heals in Gen.Elements(false, true)
        select new PlannedStep(choice, amount, fault, heals);

    /// <summary>
    /// The generator of a sequence (numbered once generated)
    /// </summary>
    public static Gen<ModelCase> Generator { get; } =
        from trigger in Gen.Elements(CaptureTrigger.ShipmentSent, CaptureTrigger.ShipmentSent, CaptureTrigger.ShipmentDelivered)
        from sendOffline in Gen.Elements(false, true)
        from count in Gen.Choose(1, MAX_STEPS)
        from steps in _stepGen.ArrayOf(count)
        select new ModelCase(0, trigger, sendOffline, steps);

    public override string ToString() =>
        $"case {Index}: capture {CaptureTrigger}, offline refunds {(SendOfflineRefundsToTamara ? "sent" : "kept")}, {Steps.Count} steps";
}
