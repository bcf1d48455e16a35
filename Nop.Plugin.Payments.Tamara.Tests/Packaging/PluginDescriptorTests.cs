using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Nop.Plugin.Payments.Tamara.Tests.Packaging;

/// <summary>
/// plugin.json as shipped, read the way nopCommerce 4.90 reads it
/// (PluginDescriptor and PluginDescriptorBaseInfo, deserialised with Newtonsoft.Json).
/// </summary>
public class PluginDescriptorTests
{
    /// <summary>
    /// Every JSON property nopCommerce 4.90's PluginDescriptor maps; anything else would be silently ignored.
    /// </summary>
    private static readonly string[] _fieldsNopCommerceReads =
    [
        "Group", "FriendlyName", "SystemName", "Version", "SupportedVersions", "Author", "DisplayOrder", "FileName",
        "Description", "LimitedToStores", "LimitedToCustomerRoles", "DependsOnSystemNames"
    ];

    [Test]
    public void Descriptor_names_the_Tamara_payment_method_for_nopCommerce_4_90()
    {
        var descriptor = PluginPackage.ReadDescriptor();

        Assert.Multiple(() =>
        {
            Assert.That((string?)descriptor["Group"], Is.EqualTo("Payment methods"));
            Assert.That((string?)descriptor["FriendlyName"], Is.EqualTo("Tamara"));
            Assert.That((string?)descriptor["SystemName"], Is.EqualTo("Payments.Tamara"));
            Assert.That(descriptor["SupportedVersions"]?.ToObject<string[]>(), Is.EqualTo(new[] { "4.90" }));
            Assert.That((string?)descriptor["Author"], Is.Not.Null.And.Not.Empty);
            Assert.That((string?)descriptor["Description"], Is.Not.Null.And.Not.Empty);
            Assert.That(descriptor["DisplayOrder"]?.Type, Is.EqualTo(JTokenType.Integer));
            Assert.That(Version.TryParse((string?)descriptor["Version"], out _), Is.True, "Version is a version number");
        });
    }

    [Test]
    public void Version_is_past_the_1_0_0_of_the_earlier_releases_so_their_stores_run_the_update()
    {
        var version = Version.Parse((string)PluginPackage.ReadDescriptor()["Version"]!);

        Assert.That(version, Is.GreaterThan(new Version(1, 0, 0)), "nopCommerce runs UpdateAsync only when the installed version differs");
    }

    [Test]
    public void Descriptor_system_name_is_the_package_folder_nopCommerce_installs_into()
    {
        var rootFolders = PluginPackage.EntryNames().Select(entry => entry.Split('/')[0]).Distinct();

        Assert.That(rootFolders, Is.EqualTo(new[] { (string?)PluginPackage.ReadDescriptor()["SystemName"] }));
    }

    [Test]
    public void Descriptor_file_name_is_the_dll_shipped_beside_it()
    {
        var fileName = (string?)PluginPackage.ReadDescriptor()["FileName"];

        Assert.That(PluginPackage.EntryNames(), Does.Contain($"{PluginPackage.FolderName}/{fileName}"));
        Assert.That(fileName, Is.EqualTo(PluginPackage.AssemblyFileName));
    }

    [Test]
    public void Descriptor_has_no_field_nopCommerce_would_ignore()
    {
        var fields = PluginPackage.ReadDescriptor().Properties().Select(property => property.Name);

        Assert.That(fields.Except(_fieldsNopCommerceReads, StringComparer.Ordinal), Is.Empty);
    }
}
