using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using NUnit.Framework;

namespace Nop.Plugin.Payments.Tamara.Tests.Packaging;

/// <summary>
/// The plugin DLL inside the package, read as metadata (never loaded).
/// </summary>
public class PluginAssemblyTests
{
    private static readonly Version _nopCommerceAssemblyVersion = new(4, 90, 0, 0);

    private static List<(string Name, Version Version)> ReadReferencedAssemblies(out string assemblyName)
    {
        var dll = PluginPackage.ReadEntry($"{PluginPackage.FolderName}/{PluginPackage.AssemblyFileName}");
        using var peReader = new PEReader(new MemoryStream(dll));
        var metadata = peReader.GetMetadataReader();
        assemblyName = metadata.GetString(metadata.GetAssemblyDefinition().Name);

        return metadata.AssemblyReferences
            .Select(handle => metadata.GetAssemblyReference(handle))
            .Select(reference => (metadata.GetString(reference.Name), reference.Version))
            .ToList();
    }

    [Test]
    public void Plugin_dll_binds_to_the_nopCommerce_4_90_assemblies()
    {
        var nopReferences = ReadReferencedAssemblies(out _).Where(reference => reference.Name.StartsWith("Nop.")).ToList();

        // Inconclusive only while the plugin has no nopCommerce code at all (before its plugin class exists).
        Assume.That(nopReferences, Is.Not.Empty, "The plugin DLL does not reference nopCommerce yet");
        Assert.That(nopReferences.Where(reference => reference.Version != _nopCommerceAssemblyVersion), Is.Empty);
    }

    [Test]
    public void Plugin_dll_needs_only_assemblies_that_nopCommerce_or_dotnet_provide()
    {
        // The package ships the plugin DLL alone, so anything else it needs must already be in the host.
        var foreign = ReadReferencedAssemblies(out _).Select(reference => reference.Name).Where(name =>
            !name.StartsWith("Nop.") && !name.StartsWith("System") && !name.StartsWith("Microsoft.") &&
            name is not ("netstandard" or "mscorlib" or "Newtonsoft.Json"));

        Assert.That(foreign, Is.Empty);
    }

    [Test]
    public void Plugin_dll_is_the_assembly_named_in_the_descriptor()
    {
        ReadReferencedAssemblies(out var assemblyName);

        Assert.That($"{assemblyName}.dll", Is.EqualTo(PluginPackage.AssemblyFileName));
    }
}
