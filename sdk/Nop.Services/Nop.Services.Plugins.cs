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
}

public partial class PluginDescriptor : PluginDescriptorBaseInfo, IDescriptor, IComparable<PluginDescriptor>
{
    public int CompareTo(PluginDescriptor other) { throw null; }
}

public partial class PluginDescriptorBaseInfo : IComparable<PluginDescriptorBaseInfo>
{
    public int CompareTo(PluginDescriptorBaseInfo other) { throw null; }
}
