using System.Text.Json.Nodes;
using Nop.Plugin.Payments.Tamara.Tests.Support.Journeys;
using Tamara.Emulator;
using Tamara.Emulator.Faults;

namespace Nop.Plugin.Payments.Tamara.Tests.Faults;

/// <summary>
/// A fault planned for one step of a script: the step's calls of the endpoint fail as the fault says (a read fails on each of the
/// client's attempts, so the read really fails)
/// </summary>
public sealed record StepFault(int Step, EmulatedEndpoint Endpoint, InjectedFault Fault);

/// <summary>
/// One journey of the fault suite: a script, the faults planned at its steps, the restarts of the store after some steps, and
/// whether every notification is delivered five times, shuffled
/// </summary>
public sealed record FaultCase(string Name, JourneyScript Script, IReadOnlyList<StepFault> Faults, IReadOnlySet<int> RestartsAfter, bool NotificationStorm)
{
    private const int READ_ATTEMPTS = 3;

    public override string ToString() => Name;

    private static async Task<int> FaultsLeftAsync(TamaraEmulatorHost tamara)
    {
        using var client = new HttpClient();
        var planned = JsonNode.Parse(await client.GetStringAsync($"{tamara.BaseUrl}/_emulator/faults"))!.AsArray();
        return planned.Sum(fault => fault!["count"]!.GetValue<int>());
    }

    private static int Arm(TamaraEmulatorHost tamara, StepFault fault)
    {
        var count = fault.Endpoint is EmulatedEndpoint.GetOrder or EmulatedEndpoint.GetOrderByReference ? READ_ATTEMPTS : 1;
        tamara.InjectFault(fault.Endpoint, fault.Fault.Mode(), count);
        return count;
    }

    /// <summary>
    /// Runs the journey, lets the store heal and audits its books; a step that throws is told in the story, as an error page would be
    /// </summary>
    public async Task<(Figures Figures, string Story)> RunAsync(int seed)
    {
        await using var journey = await Journey.BeginAsync(Name, options: () => new TamaraEmulatorOptions
        {
            DuplicateNotifications = NotificationStorm,
            ReorderNotifications = NotificationStorm
        });
        var storm = new NotificationStorm(seed);
        var order = journey.ShopperPlacesOrder();
        var injected = 0;
        var errors = new List<string>();

        for (var step = 0; step < Script.Steps.Count; step++)
        {
            //notifications of the step before are handled first, so the step's fault meets the step's own call
            await journey.Tamara.WaitForNotificationsAsync();
            var armed = Faults.Where(fault => fault.Step == step).Sum(fault => Arm(journey.Tamara, fault));
            try
            {
                await Script.Steps[step].Act(journey, order);
            }
            catch (Exception exception)
            {
                errors.Add($"step {Script.Steps[step].Name} threw {exception.GetType().Name}: {exception.Message}");
            }

            injected += armed - await FaultsLeftAsync(journey.Tamara);
            journey.Tamara.ClearFaults();
            if (NotificationStorm)
                await storm.ReplayNewAsync(journey);
            if (RestartsAfter.Contains(step))
                await journey.StoreRestartsAsync();
        }

        var figures = await journey.SettleAndAuditAsync();
        figures.CountFaults(injected);
        var story = journey.Story + string.Concat(errors.Select(error => $"{Environment.NewLine}  ! {error}"));
        return (figures, story);
    }
}
