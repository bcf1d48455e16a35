using System.Text.RegularExpressions;
using NUnit.Framework;
using Nop.Plugin.Payments.Tamara.Tests.Support;

namespace Nop.Plugin.Payments.Tamara.Tests.Views;

/// <summary>
/// nopCommerce compiles a plugin's views when a page first needs them: a view that does not compile is a broken page
/// in the store. Every view of the plugin is compiled here with the Razor compiler against the reference SDK.
/// </summary>
[TestFixture]
public class ViewCompilationTests
{
    #region Utilities

    private static string RepositoryRoot() => RepositoryFiles.Root();

    private static string PluginRoot => Path.Combine(RepositoryRoot(), "Nop.Plugin.Payments.Tamara");

    private static IEnumerable<string> PluginViews() => RazorViewCompiler.FindViews(PluginRoot);

    private static IEnumerable<string> BrokenViews() => RazorViewCompiler.FindViews(BrokenRoot());

    //the broken views sit beside a copy of the plugin's _ViewImports, so they are compiled as plugin views would be
    private static string BrokenRoot()
    {
        var root = Path.Combine(TestContext.CurrentContext.WorkDirectory, "broken-views");
        var views = Path.Combine(root, "Views");
        if (Directory.Exists(root))
            Directory.Delete(root, true);
        Directory.CreateDirectory(views);
        File.Copy(Path.Combine(PluginRoot, "Views", "_ViewImports.cshtml"), Path.Combine(views, "_ViewImports.cshtml"), true);
        foreach (var view in Directory.GetFiles(Path.Combine(RepositoryRoot(), "Nop.Plugin.Payments.Tamara.Tests", "Views", "Broken", "Views"), "*.cshtml"))
            File.Copy(view, Path.Combine(views, Path.GetFileName(view)), true);

        return root;
    }

    #endregion

    [Test]
    public void The_plugin_has_views_to_compile()
    {
        Assert.That(PluginViews(), Has.Member("/Views/Admin/Configure.cshtml").And.Member("/Views/Public/PaymentInfo.cshtml"));
    }

    [TestCaseSource(nameof(PluginViews))]
    public void Every_plugin_view_compiles_against_the_reference_sdk(string view)
    {
        var errors = new RazorViewCompiler(PluginRoot).Compile(view);

        Assert.That(errors, Is.Empty, string.Join(Environment.NewLine, errors));
    }

    [TestCaseSource(nameof(BrokenViews))]
    public void A_broken_view_fails_the_compile_step(string view)
    {
        var root = BrokenRoot();
        //each broken view names the error it must fail with, so it cannot pass by failing for another reason
        var expected = Regex.Match(File.ReadAllText(Path.Combine(root, view.TrimStart('/'))), @"expect: (\w+)").Groups[1].Value;

        var errors = new RazorViewCompiler(root).Compile(view);

        Assert.That(errors, Has.Some.Contains(expected), $"{view} must fail with {expected}; errors: {string.Join("; ", errors)}");
    }
}
