using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Microsoft.AspNetCore.Http;
using NUnit.Framework;

namespace Nop.Plugin.Payments.Tamara.Tests.Packaging;

/// <summary>
/// The plugin DLL inside the package, read as metadata (never loaded).
/// </summary>
public class PluginAssemblyTests
{
    private static readonly Version _nopCommerceAssemblyVersion = new(4, 90, 0, 0);

    /// <summary>
    /// Libraries nopCommerce 4.90 itself loads (package references of Nop.Core and Nop.Web.Framework) that a plugin may use.
    /// </summary>
    private static readonly string[] _librariesNopCommerceShips = ["Newtonsoft.Json", "FluentValidation", "FluentValidation.AspNetCore"];

    private static (string Name, List<(string Name, Version Version)> References) ReadPluginAssembly()
    {
        var dll = PluginPackage.ReadEntry($"{PluginPackage.FolderName}/{PluginPackage.AssemblyFileName}");
        using var peReader = new PEReader(new MemoryStream(dll));
        var metadata = peReader.GetMetadataReader();

        var references = metadata.AssemblyReferences
            .Select(handle => metadata.GetAssemblyReference(handle))
            .Select(reference => (metadata.GetString(reference.Name), reference.Version))
            .ToList();

        return (metadata.GetString(metadata.GetAssemblyDefinition().Name), references);
    }

    private static HashSet<string> SharedFrameworkAssemblyNames()
    {
        // Microsoft.NETCore.App and Microsoft.AspNetCore.App, the frameworks nopCommerce runs on.
        var frameworkDirectories = new[] { typeof(object).Assembly.Location, typeof(HttpContext).Assembly.Location }
            .Select(Path.GetDirectoryName);

        return frameworkDirectories
            .SelectMany(directory => Directory.GetFiles(directory!, "*.dll"))
            .Select(Path.GetFileNameWithoutExtension)
            .ToHashSet(StringComparer.OrdinalIgnoreCase)!;
    }

    [Test]
    public void Plugin_dll_binds_to_the_nopCommerce_4_90_assemblies()
    {
        var nopReferences = ReadPluginAssembly().References.Where(reference => reference.Name.StartsWith("Nop.")).ToList();

        Assert.That(nopReferences.Select(reference => reference.Name), Is.EquivalentTo(new[] { "Nop.Core", "Nop.Services", "Nop.Web.Framework" }));
        Assert.That(nopReferences.Where(reference => reference.Version != _nopCommerceAssemblyVersion), Is.Empty);
    }

    [Test]
    public void Plugin_dll_needs_only_assemblies_that_nopCommerce_or_dotnet_provide()
    {
        // The package ships the plugin DLL alone, so everything else it needs must already be in the host.
        var sharedFramework = SharedFrameworkAssemblyNames();

        var foreign = ReadPluginAssembly().References.Select(reference => reference.Name).Where(name =>
            !name.StartsWith("Nop.") && !_librariesNopCommerceShips.Contains(name) && !sharedFramework.Contains(name));

        Assert.That(foreign, Is.Empty);
    }

    [Test]
    public void Plugin_dll_is_the_assembly_named_in_the_descriptor()
    {
        var fileName = (string?)PluginPackage.ReadDescriptor()["FileName"];

        Assert.That($"{ReadPluginAssembly().Name}.dll", Is.EqualTo(fileName));
    }
}
