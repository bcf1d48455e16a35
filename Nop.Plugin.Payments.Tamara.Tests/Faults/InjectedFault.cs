using Tamara.Emulator.Faults;

namespace Nop.Plugin.Payments.Tamara.Tests.Faults;

/// <summary>
/// What Tamara does to one call: refuses it (500, 503, 409: nothing done), answers after the client's time limit (done late), drops
/// the connection (nothing done), or does it and loses the answer
/// </summary>
public enum InjectedFault
{
    Status500,
    Status503,
    Status409,
    Timeout,
    DropConnection,
    LostAnswer
}

public static class InjectedFaults
{
    public static IReadOnlyList<InjectedFault> All { get; } = Enum.GetValues<InjectedFault>();

    public static FaultMode Mode(this InjectedFault fault) => fault switch
    {
        InjectedFault.Status500 => FaultMode.InternalServerError,
        InjectedFault.Status503 => FaultMode.ServiceUnavailable,
        InjectedFault.Status409 => FaultMode.Conflict,
        InjectedFault.Timeout => FaultMode.Delay,
        InjectedFault.DropConnection => FaultMode.DropConnection,
        _ => FaultMode.LoseAnswer
    };

    public static string Describe(this InjectedFault fault) => fault switch
    {
        InjectedFault.Status500 => "answers 500",
        InjectedFault.Status503 => "answers 503",
        InjectedFault.Status409 => "answers 409",
        InjectedFault.Timeout => "times out (done late)",
        InjectedFault.DropConnection => "drops the connection",
        _ => "loses its answer (done)"
    };
}
