using Tamara.Emulator.Faults;

namespace Nop.Plugin.Payments.Tamara.Tests.Faults;

/// <summary>
/// The journeys of the fault suite: every fault at every call of every step, a restart after every step, a notification storm per
/// script, and seeded random mixes of them
/// </summary>
public static class FaultCases
{
    public const int RANDOM_JOURNEYS = 30;

    /// <summary>
    /// The first step each script adds to those of the scripts before it: faults before it are already met there
    /// </summary>
    private static int FirstOwnStep(JourneyScript script) =>
        script == JourneyScript.HappyPath ? 0 : script == JourneyScript.CancelAfterFirstShipment ? 3 : 2;

    public static IEnumerable<FaultCase> EveryFaultAtEveryStep()
    {
        foreach (var script in JourneyScript.All)
        {
            for (var step = FirstOwnStep(script); step < script.Steps.Count; step++)
            {
                foreach (var endpoint in script.Steps[step].Calls)
                {
                    foreach (var fault in InjectedFaults.All)
                    {
                        yield return new FaultCase($"{script.Name}: {script.Steps[step].Name}, {FaultInjectorName(endpoint)} {fault.Describe()}", script,
                            [new StepFault(step, endpoint, fault)], new HashSet<int>(), false);
                    }
                }
            }
        }
    }

    public static IEnumerable<FaultCase> RestartAfterEveryStep() =>
        JourneyScript.All.SelectMany(script => Enumerable.Range(0, script.Steps.Count).Select(step =>
            new FaultCase($"{script.Name}: the store restarts after {script.Steps[step].Name}", script, [], new HashSet<int> { step }, false)));

    public static IEnumerable<FaultCase> NotificationStorms() =>
        JourneyScript.All.Select(script => new FaultCase($"{script.Name}: every notification five times, reordered", script, [], new HashSet<int>(), true));

    /// <summary>
    /// Random journeys: a script, one to three faults at random calls, sometimes a restart, sometimes a notification storm
    /// </summary>
    public static IEnumerable<FaultCase> Random(int seed)
    {
        var random = new Random(seed);
        for (var index = 1; index <= RANDOM_JOURNEYS; index++)
        {
            var script = JourneyScript.All[random.Next(JourneyScript.All.Count)];
            var faults = Enumerable.Range(0, random.Next(1, 4)).Select(_ =>
            {
                var step = random.Next(script.Steps.Count);
                var calls = script.Steps[step].Calls;
                return calls.Length == 0 ? null : new StepFault(step, calls[random.Next(calls.Length)], InjectedFaults.All[random.Next(InjectedFaults.All.Count)]);
            }).OfType<StepFault>().ToList();
            var restarts = random.NextDouble() < 0.3 ? new HashSet<int> { random.Next(script.Steps.Count) } : new HashSet<int>();
            var storm = random.NextDouble() < 0.2;
            var told = string.Join(", ", faults.Select(fault => $"{script.Steps[fault.Step].Name}: {FaultInjectorName(fault.Endpoint)} {fault.Fault.Describe()}"));
            yield return new FaultCase($"random {index} (seed {seed}) {script.Name}: {told}{(restarts.Count > 0 ? ", a restart" : string.Empty)}{(storm ? ", a notification storm" : string.Empty)}",
                script, faults, restarts, storm);
        }
    }

    public static IEnumerable<FaultCase> All(int seed) =>
        EveryFaultAtEveryStep().Concat(RestartAfterEveryStep()).Concat(NotificationStorms()).Concat(Random(seed));

    private static string FaultInjectorName(EmulatedEndpoint endpoint) => endpoint switch
    {
        EmulatedEndpoint.GetOrder => "get-order",
        _ => endpoint.ToString().ToLowerInvariant()
    };
}
