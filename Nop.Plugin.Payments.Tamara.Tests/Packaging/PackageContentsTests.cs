using NUnit.Framework;

namespace Nop.Plugin.Payments.Tamara.Tests.Packaging;

public class PackageContentsTests
{
    /// <summary>
    /// The whole package, entry for entry. A new view or resource file in the plugin gets a line here.
    /// </summary>
    private static readonly string[] _expectedEntries =
    [
        "Payments.Tamara/Nop.Plugin.Payments.Tamara.dll",
        "Payments.Tamara/logo.png",
        "Payments.Tamara/plugin.json",
        "Payments.Tamara/Localization/defaultResources.ar.xml",
        "Payments.Tamara/Localization/defaultResources.en.xml",
        "Payments.Tamara/Localization/earlierDefaults.xml",
        "Payments.Tamara/Views/_ViewImports.cshtml",
        "Payments.Tamara/Views/Admin/_OrderPanel.cshtml",
        "Payments.Tamara/Views/Admin/Configure.cshtml",
        "Payments.Tamara/Views/Public/PaymentConfirming.cshtml",
        "Payments.Tamara/Views/Public/PaymentInfo.cshtml",
        "Payments.Tamara/Views/Public/Widget.cshtml",
    ];

    [Test]
    public void Package_holds_exactly_the_plugin_dll_descriptor_logo_views_and_resources()
    {
        var entries = PluginPackage.EntryNames();

        Assert.Multiple(() =>
        {
            Assert.That(_expectedEntries.Except(entries, StringComparer.Ordinal), Is.Empty, "Missing from the package");
            Assert.That(entries.Except(_expectedEntries, StringComparer.Ordinal), Is.Empty, "Not expected in the package");
            Assert.That(entries, Is.Unique, "Entries present twice");
        });
    }

    [Test]
    public void Package_has_the_single_root_folder_and_forward_slashes_that_nopCommerce_upload_requires()
    {
        var entries = PluginPackage.EntryNames();

        Assert.Multiple(() =>
        {
            Assert.That(entries.Select(entry => entry.Split('/')[0]).Distinct(), Is.EqualTo(new[] { PluginPackage.FolderName }));
            Assert.That(entries.Where(entry => entry.Contains('\\')), Is.Empty, "Entries with backslashes");
            Assert.That(entries, Does.Contain($"{PluginPackage.FolderName}/plugin.json"));
        });
    }

    [Test]
    public void Package_ships_no_library_or_build_leftover_that_nopCommerce_already_has()
    {
        var fileNames = PluginPackage.EntryNames().Select(System.IO.Path.GetFileName).ToList();

        var foreign = fileNames.Where(name =>
            name != PluginPackage.AssemblyFileName &&
            (name!.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ||
             name.EndsWith(".pdb", StringComparison.OrdinalIgnoreCase) ||
             name.EndsWith(".deps.json", StringComparison.OrdinalIgnoreCase) ||
             name.EndsWith(".runtimeconfig.json", StringComparison.OrdinalIgnoreCase)));

        Assert.That(foreign, Is.Empty);
    }
}
