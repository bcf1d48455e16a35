using Microsoft.AspNetCore.Mvc;
using Nop.Web.Areas.Admin.Factories;
using Nop.Web.Framework.Components;

namespace Nop.Web.Areas.Admin.Components;

public partial class StoreScopeConfigurationViewComponent : NopViewComponent
{
    protected readonly ISettingModelFactory _settingModelFactory;
    public StoreScopeConfigurationViewComponent(ISettingModelFactory settingModelFactory) { }
    public Task<IViewComponentResult> InvokeAsync() { throw null; }
}
