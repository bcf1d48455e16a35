using System.Text.RegularExpressions;
using NUnit.Framework;

namespace Nop.Plugin.Payments.Tamara.Tests.Build;

/// <summary>
/// build.ps1 stays a thin wrapper over `dotnet build`: its parameters map to MSBuild properties that build/ really reads.
/// No PowerShell runs here (Debian has none; NuGet's PowerShell tool would be a download per run), so the script is read.
/// </summary>
[Category("Build")]
public sealed partial class BuildScriptTests
{
    private static readonly string _script = File.ReadAllText(RepositoryFiles.PathOf("build.ps1"));

    [GeneratedRegex("""if \(\$(?<parameter>\w+)\) \{ \$arguments \+= "-p:(?<property>\w+)=\$\(Get-FullPath \$\k<parameter>\)" \}""")]
    private static partial Regex PropertyArgument();

    private static string BuildFiles() =>
        string.Concat(Directory.GetFiles(RepositoryFiles.PathOf("build")).Select(File.ReadAllText));

    private static IEnumerable<string> Statements() => _script
        .Split('\n')
        .Select(line => line.Trim())
        .SkipWhile(line => !line.StartsWith("param(", StringComparison.Ordinal))
        .Where(line => line.Length > 0 && !line.StartsWith('#'));

    [Test]
    public void NopSource_and_Output_become_NopSource_and_PackageOutputDir_as_full_paths()
    {
        var mapping = PropertyArgument().Matches(_script).ToDictionary(match => match.Groups["parameter"].Value, match => match.Groups["property"].Value);

        Assert.That(mapping, Is.EqualTo(new Dictionary<string, string> { ["NopSource"] = "NopSource", ["Output"] = "PackageOutputDir" }));
    }

    [Test]
    public void Every_property_the_script_passes_is_read_by_the_build_files()
    {
        var buildFiles = BuildFiles();

        foreach (Match match in PropertyArgument().Matches(_script))
            Assert.That(buildFiles, Does.Contain($"$({match.Groups["property"].Value})"), match.Value);
    }

    [Test]
    public void Configuration_defaults_to_Release_and_goes_to_dash_c_of_a_build_of_the_solution()
    {
        Assert.That(_script, Does.Contain("""[string] $Configuration = "Release","""));
        Assert.That(_script, Does.Contain("""$arguments = @("build", (Join-Path $PSScriptRoot "Nop.Plugin.Payments.Tamara.sln"), "-c", $Configuration)"""));
        Assert.That(File.Exists(RepositoryFiles.PathOf("Nop.Plugin.Payments.Tamara.sln")), Is.True);
    }

    [Test]
    public void Script_only_runs_dotnet_build_and_passes_its_exit_code_on()
    {
        var commands = Statements().Where(line => line.StartsWith('&')).ToList();

        Assert.That(commands, Is.EqualTo(new[] { "& dotnet @arguments" }));
        Assert.That(Statements().Last(), Is.EqualTo("exit $LASTEXITCODE"));
        Assert.That(Statements().Count(), Is.LessThan(25), "build.ps1 holds no build logic: that lives in build/");
    }
}
