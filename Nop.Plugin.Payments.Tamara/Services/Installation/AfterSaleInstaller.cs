using Nop.Core.Domain.Cms;
using Nop.Core.Domain.ScheduleTasks;
using Nop.Services.Configuration;
using Nop.Services.ScheduleTasks;

namespace Nop.Plugin.Payments.Tamara.Services.Installation;

/// <summary>
/// Installs and removes the reconciliation task and the plugin's widget activation (the admin order panel and the
/// storefront widgets)
/// </summary>
public class AfterSaleInstaller
{
    #region Fields

    private readonly IScheduleTaskService _scheduleTaskService;
    private readonly ISettingService _settingService;
    private readonly WidgetSettings _widgetSettings;

    #endregion

    #region Ctor

    public AfterSaleInstaller(IScheduleTaskService scheduleTaskService,
        ISettingService settingService,
        WidgetSettings widgetSettings)
    {
        _scheduleTaskService = scheduleTaskService;
        _settingService = settingService;
        _widgetSettings = widgetSettings;
    }

    #endregion

    #region Methods

    /// <summary>
    /// Installs the reconciliation task (every 10 minutes) and activates the widgets, each only when missing
    /// </summary>
    public async Task InstallAsync()
    {
        if (await _scheduleTaskService.GetTaskByTypeAsync(TamaraDefaults.ReconciliationTaskType) is null)
        {
            await _scheduleTaskService.InsertTaskAsync(new ScheduleTask
            {
                Name = TamaraDefaults.ReconciliationTaskName,
                Type = TamaraDefaults.ReconciliationTaskType,
                Seconds = TamaraDefaults.ReconciliationTaskSeconds,
                Enabled = true,
                LastEnabledUtc = DateTime.UtcNow,
                StopOnError = false
            });
        }

        if (!_widgetSettings.ActiveWidgetSystemNames.Contains(TamaraDefaults.SystemName))
        {
            _widgetSettings.ActiveWidgetSystemNames.Add(TamaraDefaults.SystemName);
            await _settingService.SaveSettingAsync(_widgetSettings);
        }
    }

    /// <summary>
    /// Removes the reconciliation task and deactivates the widgets
    /// </summary>
    public async Task UninstallAsync()
    {
        if (await _scheduleTaskService.GetTaskByTypeAsync(TamaraDefaults.ReconciliationTaskType) is ScheduleTask task)
            await _scheduleTaskService.DeleteTaskAsync(task);

        if (_widgetSettings.ActiveWidgetSystemNames.Remove(TamaraDefaults.SystemName))
            await _settingService.SaveSettingAsync(_widgetSettings);
    }

    #endregion
}
