using System.Reflection;

namespace Nop.Plugin.Payments.Tamara.Tests.AfterSale.Support;

/// <summary>
/// Builds nopCommerce events: the reference SDK's constructors are empty, so the get-only properties are set the way the
/// real constructors set them
/// </summary>
public static class EventFactory
{
    public static T Create<T>(params (string Property, object Value)[] values) where T : class
    {
        var message = (T)Activator.CreateInstance(typeof(T), values.Select(value => value.Value).ToArray())!;
        foreach (var (property, value) in values)
        {
            var field = typeof(T).GetField($"<{property}>k__BackingField", BindingFlags.Instance | BindingFlags.NonPublic)
                ?? throw new InvalidOperationException($"{typeof(T).Name}.{property} has no backing field");
            field.SetValue(message, value);
        }

        return message;
    }
}
