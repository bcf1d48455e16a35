using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace Tamara.Benchmarks;

/// <summary>
/// Completes a container of the plugin's registrations: every nopCommerce service a resolved type needs and the
/// benchmark does not answer gets a fake that throws when called, so a page that touches one shows at once.
/// </summary>
public static class PluginContainer
{
    private static object CreateFake(Type service) => service.IsInterface
        ? typeof(FastFake<>).MakeGenericType(service).GetMethod(nameof(FastFake<IDisposable>.Create))!
            .Invoke(null, [new Dictionary<string, Func<object?[], object?>>()])!
        : ((Mock)Activator.CreateInstance(typeof(Mock<>).MakeGenericType(service))!).Object;

    /// <summary>
    /// Registers a throwing fake for each interface or abstract class the roots' constructors reach unregistered, and
    /// a default instance of each such settings class
    /// </summary>
    public static IServiceCollection AddUnansweredFakes(this IServiceCollection services, params Type[] roots)
    {
        var seen = new HashSet<Type>();
        var pending = new Queue<Type>(roots);
        while (pending.TryDequeue(out var type))
        {
            if (!seen.Add(type))
                continue;

            foreach (var dependency in type.GetConstructors().SelectMany(constructor => constructor.GetParameters()).Select(parameter => parameter.ParameterType))
            {
                var registered = services.LastOrDefault(descriptor => descriptor.ServiceType == dependency);
                if (registered?.ImplementationType is { } implementation)
                    pending.Enqueue(implementation);
                else if (registered is not null)
                    continue;
                else if (dependency.IsInterface || dependency.IsAbstract)
                    services.AddSingleton(dependency, CreateFake(dependency));
                //nopCommerce's settings classes: their defaults
                else if (dependency.GetConstructor(Type.EmptyTypes) is not null)
                    services.AddSingleton(dependency, Activator.CreateInstance(dependency)!);
            }
        }

        return services;
    }
}
