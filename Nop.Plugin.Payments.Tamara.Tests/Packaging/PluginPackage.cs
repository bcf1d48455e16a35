using System.IO.Compression;
using System.Reflection;
using System.Text;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Nop.Plugin.Payments.Tamara.Tests.Packaging;

/// <summary>
/// The zip built by the plugin project for the configuration under test (see build/Package.props).
/// </summary>
public static class PluginPackage
{
    public const string FolderName = "Payments.Tamara";
    public const string AssemblyFileName = "Nop.Plugin.Payments.Tamara.dll";

    public static string Path =>
        typeof(PluginPackage).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "TamaraPackagePath").Value
        ?? throw new InvalidOperationException("The test assembly does not say where the plugin package is.");

    public static IReadOnlyList<string> EntryNames()
    {
        using var archive = Open();
        return archive.Entries.Select(entry => entry.FullName).ToList();
    }

    public static byte[] ReadEntry(string fullName)
    {
        using var archive = Open();
        var entry = archive.GetEntry(fullName)
            ?? throw new AssertionException($"The package has no entry '{fullName}'.");
        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    public static JObject ReadDescriptor()
    {
        return JObject.Parse(Encoding.UTF8.GetString(ReadEntry($"{FolderName}/plugin.json")));
    }

    private static ZipArchive Open()
    {
        if (!File.Exists(Path))
            throw new AssertionException($"The plugin package was not built: {Path} is missing.");

        return ZipFile.OpenRead(Path);
    }
}
