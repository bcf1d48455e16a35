using System.Diagnostics;
using NUnit.Framework;

namespace Nop.Plugin.Payments.Tamara.Tests.Build;

/// <summary>
/// The plugin built inside a nopCommerce source tree (-p:NopSource): a fake tree made of the reference SDK's projects at
/// nopCommerce's own paths, and a copy of the plugin (so this build never touches the test run's own obj folders).
/// </summary>
[Category("Build")]
[NonParallelizable]
public sealed class InTreeBuildTests
{
    private string _work = null!;

    [SetUp]
    public void CreateWorkFolder() => _work = Directory.CreateTempSubdirectory("tamara-intree-").FullName;

    [TearDown]
    public void DeleteWorkFolder() => Directory.Delete(_work, recursive: true);

    /// <summary>src/ of a nopCommerce tree: Libraries/Nop.Core, Libraries/Nop.Services, Presentation/Nop.Web.Framework, Presentation/Nop.Web.</summary>
    private string MakeFakeNopCommerce()
    {
        var src = Path.Combine(_work, "nopCommerce", "src");
        RepositoryFiles.CopyFolder(RepositoryFiles.PathOf("sdk", "Nop.Core"), Path.Combine(src, "Libraries", "Nop.Core"));
        RepositoryFiles.CopyFolder(RepositoryFiles.PathOf("sdk", "Nop.Services"), Path.Combine(src, "Libraries", "Nop.Services"));
        var framework = Path.Combine(src, "Presentation", "Nop.Web.Framework");
        RepositoryFiles.CopyFolder(RepositoryFiles.PathOf("sdk", "Nop.Web.Framework"), framework);
        var frameworkProject = Path.Combine(framework, "Nop.Web.Framework.csproj");
        File.WriteAllText(frameworkProject, File.ReadAllText(frameworkProject).Replace(@"..\Nop.", @"..\..\Libraries\Nop."));
        Directory.CreateDirectory(Path.Combine(src, "Presentation", "Nop.Web"));

        // The SDK's own props (declarations, no nullable) under the repository's shared ones, as in sdk/.
        File.Copy(RepositoryFiles.PathOf("sdk", "Directory.Build.props"), Path.Combine(src, "Directory.Build.props"));
        File.Copy(RepositoryFiles.PathOf("Directory.Build.props"), Path.Combine(_work, "Directory.Build.props"));
        File.Copy(RepositoryFiles.PathOf("Directory.Packages.props"), Path.Combine(_work, "Directory.Packages.props"));
        return src;
    }

    private string CopyPlugin()
    {
        var repository = Path.Combine(_work, "tamara");
        RepositoryFiles.CopyFolder(RepositoryFiles.PathOf("Nop.Plugin.Payments.Tamara"), Path.Combine(repository, "Nop.Plugin.Payments.Tamara"));
        RepositoryFiles.CopyFolder(RepositoryFiles.PathOf("build"), Path.Combine(repository, "build"));
        foreach (var props in new[] { "Directory.Build.props", "Directory.Packages.props" })
            File.Copy(RepositoryFiles.PathOf(props), Path.Combine(repository, props));
        return Path.Combine(repository, "Nop.Plugin.Payments.Tamara", "Nop.Plugin.Payments.Tamara.csproj");
    }

    private static (int ExitCode, string Output) DotnetBuild(string project, string nopSource)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { "build", project, $"-p:NopSource={nopSource}", "-nodeReuse:false", "-v:minimal" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["MSBUILDDISABLENODEREUSE"] = "1", ["DOTNET_CLI_UI_LANGUAGE"] = "en", ["DOTNET_NOLOGO"] = "1" }
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        //only a guard against a hang: on a crowded machine a build takes ten times as long as on a quiet one (40 s)
        if (!process.WaitForExit(TimeSpan.FromMinutes(30)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, "dotnet build did not finish within 30 minutes: it hangs");
        }

        return (process.ExitCode, output.Result + error.Result);
    }

    [Test]
    public void Plugin_built_with_NopSource_lands_in_Nop_Web_Plugins_without_any_nopCommerce_assembly()
    {
        var nopSource = MakeFakeNopCommerce();
        var project = CopyPlugin();

        var (exitCode, output) = DotnetBuild(project, nopSource);

        Assert.That(exitCode, Is.EqualTo(0), output);
        var pluginFolder = Path.Combine(nopSource, "Presentation", "Nop.Web", "Plugins", "Payments.Tamara");
        var files = Directory.GetFiles(pluginFolder, "*", SearchOption.AllDirectories).Select(file => Path.GetRelativePath(pluginFolder, file)).ToList();
        Assert.That(files, Does.Contain("Nop.Plugin.Payments.Tamara.dll").And.Contain("plugin.json").And.Contain("logo.png"));
        Assert.That(files.Where(file => Path.GetFileName(file).StartsWith("Nop.", StringComparison.Ordinal) && file.EndsWith(".dll", StringComparison.Ordinal)),
            Is.EqualTo(new[] { "Nop.Plugin.Payments.Tamara.dll" }).AsCollection, string.Join(Environment.NewLine, files));
        Assert.That(files, Has.None.EqualTo("Newtonsoft.Json.dll"));
    }
}
