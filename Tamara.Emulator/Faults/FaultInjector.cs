using System.Text.RegularExpressions;

namespace Tamara.Emulator.Faults;

/// <summary>What an injected fault does to a call.</summary>
public enum FaultMode
{
    /// <summary>500 in Tamara's error shape; nothing is done.</summary>
    InternalServerError,

    /// <summary>409 in Tamara's error shape; nothing is done.</summary>
    Conflict,

    /// <summary>503 in Tamara's error shape; nothing is done.</summary>
    ServiceUnavailable,

    /// <summary>
    /// Does the call, then holds its answer for the fault's delay (done, but too late for the caller); the status line and headers go
    /// out at once, marked with <see cref="TamaraEmulatorHost.LateAnswerHeader"/>. A refusal is answered at once.
    /// </summary>
    Delay,

    /// <summary>Closes the connection without an answer; nothing is done.</summary>
    DropConnection,

    /// <summary>Does the call, then closes the connection without its answer (done, but the caller never hears of it).</summary>
    LoseAnswer
}

/// <summary>A fault planned for the next <see cref="Count"/> calls of an endpoint.</summary>
public sealed record PlannedFault(EmulatedEndpoint Endpoint, FaultMode Mode, int Count, TimeSpan? Delay);

/// <summary>Faults waiting for their calls, used up in the order they were planned.</summary>
internal sealed class FaultInjector
{
    #region Fields

    private readonly object _sync = new();
    private readonly List<PlannedFault> _planned = [];
    private int _held;
    private TaskCompletionSource _released = Released();

    #endregion

    #region Utilities

    private static TaskCompletionSource Released()
    {
        var released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        released.SetResult();
        return released;
    }

    #endregion

    #region Methods

    public void Plan(EmulatedEndpoint endpoint, FaultMode mode, int count = 1, TimeSpan? delay = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        lock (_sync)
            _planned.Add(new PlannedFault(endpoint, mode, count, delay));
    }

    /// <summary>The fault for this call of the endpoint, if one is planned; uses one of its calls.</summary>
    public PlannedFault? TakeFor(EmulatedEndpoint endpoint)
    {
        lock (_sync)
        {
            var index = _planned.FindIndex(fault => fault.Endpoint == endpoint);
            if (index < 0)
                return null;

            var fault = _planned[index];
            if (fault.Count == 1)
                _planned.RemoveAt(index);
            else
                _planned[index] = fault with { Count = fault.Count - 1 };
            return fault;
        }
    }

    public IReadOnlyList<PlannedFault> Planned()
    {
        lock (_sync)
            return _planned.ToList();
    }

    public void Clear()
    {
        lock (_sync)
            _planned.Clear();
    }

    /// <summary>Counts a call held by a delay fault until it is done (answered, or done after its caller gave up).</summary>
    public void Hold()
    {
        lock (_sync)
        {
            if (_held++ == 0)
                _released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    public void Release()
    {
        lock (_sync)
        {
            if (--_held == 0)
                _released.SetResult();
        }
    }

    /// <summary>Completes once no call is held by a delay fault: every late call has done its work.</summary>
    public Task HeldCallsDoneAsync()
    {
        lock (_sync)
            return _released.Task;
    }

    /// <summary>"authorise", "payment-options-pre-check" and so on, as the control API names endpoints.</summary>
    public static string NameOf(EmulatedEndpoint endpoint) =>
        Regex.Replace(endpoint.ToString(), "(?<=[a-z])([A-Z])", "-$1").ToLowerInvariant();

    /// <summary>The endpoint by the name <see cref="NameOf"/> gives it, the one spelling of the control API.</summary>
    public static EmulatedEndpoint? Parse(string name) =>
        Enum.GetValues<EmulatedEndpoint>().Cast<EmulatedEndpoint?>()
            .FirstOrDefault(endpoint => string.Equals(NameOf(endpoint!.Value), name, StringComparison.OrdinalIgnoreCase));

    #endregion
}
