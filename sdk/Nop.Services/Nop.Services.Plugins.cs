using System.Reflection;
using Nop.Core.Domain.Customers;

namespace Nop.Services.Plugins;

public abstract partial class BasePlugin : IPlugin
{
    public virtual string GetConfigurationPageUrl() { return null; }
    public virtual Task InstallAsync() { return Task.CompletedTask; }
    public virtual Task InstallSampleDataAsync() { return Task.CompletedTask; }
    public virtual PluginDescriptor PluginDescriptor { get; set; }
    public virtual Task PreparePluginToUninstallAsync() { return Task.CompletedTask; }
    public virtual Task UninstallAsync() { return Task.CompletedTask; }
    public virtual Task UpdateAsync(string currentVersion, string targetVersion) { return Task.CompletedTask; }
}

public partial interface IDescriptor
{
    string FriendlyName { get; set; }
    string SystemName { get; set; }
}

public partial interface IPlugin
{
    string GetConfigurationPageUrl();
    Task InstallAsync();
    Task InstallSampleDataAsync();
    PluginDescriptor PluginDescriptor { get; set; }
    Task PreparePluginToUninstallAsync();
    Task UninstallAsync();
    Task UpdateAsync(string currentVersion, string targetVersion);
}

public partial interface IPluginManager<TPlugin> where TPlugin : class, IPlugin
{
    Task<string> GetPluginLogoUrlAsync(TPlugin plugin);
    bool IsPluginActive(TPlugin plugin, List<string> systemNames);
    Task<IList<TPlugin>> LoadActivePluginsAsync(List<string> systemNames, Customer customer = null, int storeId = 0);
    Task<IList<TPlugin>> LoadAllPluginsAsync(Customer customer = null, int storeId = 0);
    Task<TPlugin> LoadPluginBySystemNameAsync(string systemName, Customer customer = null, int storeId = 0);
}

public partial class PluginDescriptor : PluginDescriptorBaseInfo, IDescriptor, IComparable<PluginDescriptor>
{
    public PluginDescriptor() { SupportedVersions = new List<string>(); LimitedToStores = new List<int>(); LimitedToCustomerRoles = new List<int>(); DependsOn = new List<string>(); }
    public virtual string AssemblyFileName { get; set; }
    public virtual string Author { get; set; }
    public int CompareTo(PluginDescriptor other) { throw null; }
    public virtual IList<string> DependsOn { get; set; }
    public virtual string Description { get; set; }
    public virtual int DisplayOrder { get; set; }
    public virtual string FriendlyName { get; set; }
    public static PluginDescriptor GetPluginDescriptorFromText(string text) { throw null; }
    public virtual string Group { get; set; }
    public virtual bool Installed { get; set; }
    public virtual TPlugin Instance<TPlugin>() where TPlugin : class, IPlugin { throw null; }
    public virtual IList<int> LimitedToCustomerRoles { get; set; }
    public virtual IList<int> LimitedToStores { get; set; }
    public virtual string OriginalAssemblyFile { get; set; }
    public virtual IList<string> PluginFiles { get; set; }
    public virtual Type PluginType { get; set; }
    public virtual Assembly ReferencedAssembly { get; set; }
    public virtual void Save() { throw null; }
    public virtual bool ShowInPluginsList { get; set; } = true;
    public virtual IList<string> SupportedVersions { get; set; }
    public override string ToString() { throw null; }
}

public partial class PluginDescriptorBaseInfo : IComparable<PluginDescriptorBaseInfo>
{
    public int CompareTo(PluginDescriptorBaseInfo other) { throw null; }
    public override bool Equals(object value) { throw null; }
    public virtual PluginDescriptorBaseInfo GetBaseInfoCopy { get { throw null; } }
    public override int GetHashCode() { throw null; }
    public virtual string SystemName { get; set; }
    public virtual string Version { get; set; }
}
