using Nop.Services.Plugins;

namespace Nop.Services.Cms;

public partial interface IWidgetPlugin : IPlugin
{
    Type GetWidgetViewComponent(string widgetZone);
    Task<IList<string>> GetWidgetZonesAsync();
    bool HideInWidgetList { get; }
}
