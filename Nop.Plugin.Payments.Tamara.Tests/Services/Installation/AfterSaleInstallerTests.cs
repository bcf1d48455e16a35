using Moq;
using Nop.Core.Domain.Cms;
using Nop.Core.Domain.ScheduleTasks;
using Nop.Plugin.Payments.Tamara.Services.Installation;
using Nop.Plugin.Payments.Tamara.Services.Reconciliation;
using Nop.Services.Configuration;
using Nop.Services.ScheduleTasks;
using NUnit.Framework;

namespace Nop.Plugin.Payments.Tamara.Tests.Services.Installation;

[Category("AfterSale")]
[TestFixture]
public class AfterSaleInstallerTests
{
    [Test]
    public void The_task_type_names_the_reconciliation_task_class_in_the_plugin_assembly()
    {
        var taskType = Type.GetType(TamaraDefaults.ReconciliationTaskType);

        Assert.That(taskType, Is.EqualTo(typeof(ReconciliationTask)));
        Assert.That(typeof(IScheduleTask).IsAssignableFrom(taskType), Is.True, "nopCommerce runs only IScheduleTask types");
    }

    [Test]
    public async Task Install_adds_the_reconciliation_task_every_ten_minutes_and_activates_the_order_panel_uninstall_removes_both()
    {
        var tasks = new List<ScheduleTask>();
        var taskService = new Mock<IScheduleTaskService>();
        taskService.Setup(service => service.GetTaskByTypeAsync(It.IsAny<string>()))
            .ReturnsAsync((string type) => tasks.SingleOrDefault(task => task.Type == type)!);
        taskService.Setup(service => service.InsertTaskAsync(It.IsAny<ScheduleTask>())).Callback((ScheduleTask task) => tasks.Add(task)).Returns(Task.CompletedTask);
        taskService.Setup(service => service.DeleteTaskAsync(It.IsAny<ScheduleTask>())).Callback((ScheduleTask task) => tasks.Remove(task)).Returns(Task.CompletedTask);
        var widgetSettings = new WidgetSettings();
        var installer = new AfterSaleInstaller(taskService.Object, Mock.Of<ISettingService>(), widgetSettings);

        await installer.InstallAsync();
        await installer.InstallAsync();
        var installed = tasks.ToList();
        var activeWidgets = widgetSettings.ActiveWidgetSystemNames.ToList();
        await installer.UninstallAsync();

        Assert.Multiple(() =>
        {
            Assert.That(installed.Select(task => (task.Type, task.Seconds, task.Enabled)),
                Is.EqualTo(new[] { (TamaraDefaults.ReconciliationTaskType, 600, true) }));
            Assert.That(activeWidgets, Is.EqualTo(new[] { TamaraDefaults.SystemName }));
            Assert.That(tasks, Is.Empty);
            Assert.That(widgetSettings.ActiveWidgetSystemNames, Is.Empty);
        });
    }
}
