using Nop.Services.ScheduleTasks;

namespace Nop.Plugin.Payments.Tamara.Services.Reconciliation;

/// <summary>
/// Schedule task that reconciles Tamara orders (installed with the plugin, every 10 minutes by default)
/// </summary>
public class ReconciliationTask : IScheduleTask
{
    #region Fields

    private readonly ReconciliationService _reconciliationService;

    #endregion

    #region Ctor

    public ReconciliationTask(ReconciliationService reconciliationService)
    {
        _reconciliationService = reconciliationService;
    }

    #endregion

    #region Methods

    /// <summary>
    /// Executes the task
    /// </summary>
    public async Task ExecuteAsync()
    {
        await _reconciliationService.RunAsync();
    }

    #endregion
}
