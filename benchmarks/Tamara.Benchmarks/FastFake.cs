using System.Reflection;

namespace Tamara.Benchmarks;

/// <summary>
/// A nopCommerce service answering from a few functions by method name, cheap enough not to hide the plugin's own cost
/// (Moq's interception and the test stub's expression compiling cost more per call than the code under measure).
/// </summary>
public class FastFake<T> : DispatchProxy where T : class
{
    private Dictionary<string, Func<object?[], object?>> _answers = [];

    public static T Create(Dictionary<string, Func<object?[], object?>> answers)
    {
        var fake = DispatchProxy.Create<T, FastFake<T>>();
        ((FastFake<T>)(object)fake)._answers = answers;
        return fake;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
        _answers.TryGetValue(targetMethod!.Name, out var answer)
            ? answer(args ?? [])
            : throw new NotSupportedException($"{typeof(T).Name}.{targetMethod.Name} is not faked");
}
