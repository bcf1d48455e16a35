using Nop.Plugin.Payments.Tamara.Services.Installation;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Moq;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Payments.Tamara.Tests.Support;
using Nop.Services.Payments;
using NUnit.Framework;

namespace Nop.Plugin.Payments.Tamara.Tests;

[TestFixture]
public class TamaraPaymentMethodTests
{
    private NopStub _nop = null!;

    [SetUp]
    public void SetUp()
    {
        _nop = new NopStub();
    }

    private TamaraPaymentMethod CreatePaymentMethod() => _nop.CreatePaymentMethod();

    private static IFormCollection Form(string plan) => NopStub.PlanForm(plan);

    private static Dictionary<string, string> ReadResources(string fileName) =>
        TamaraLocaleResourceInstaller.ReadResources(Path.Combine(AppContext.BaseDirectory, "Localization", fileName));

    [Test]
    public async Task Placing_the_order_leaves_the_payment_pending()
    {
        var result = await CreatePaymentMethod().ProcessPaymentAsync(new ProcessPaymentRequest());

        Assert.That((result.Success, result.NewPaymentStatus), Is.EqualTo((true, PaymentStatus.Pending)));
    }

    [Test]
    public void Tamara_is_a_redirection_method_with_a_payment_info_step()
    {
        var method = CreatePaymentMethod();

        Assert.Multiple(() =>
        {
            Assert.That(method.PaymentMethodType, Is.EqualTo(PaymentMethodType.Redirection));
            Assert.That(method.SkipPaymentInfo, Is.False);
            Assert.That(method.RecurringPaymentType, Is.EqualTo(RecurringPaymentType.NotSupported));
        });
    }

    [Test]
    public async Task Chosen_plan_is_kept_on_the_order_hidden_from_the_customer()
    {
        var request = await CreatePaymentMethod().GetPaymentInfoAsync(Form("PayByInstalments-4"));

        var value = request.CustomValues.Single();
        Assert.That((value.Name, value.Value, value.DisplayToCustomer), Is.EqualTo((TamaraDefaults.PlanCustomValueName, "PayByInstalments-4", false)));
    }

    [Test]
    public async Task Tampered_plan_is_refused_with_a_message()
    {
        var errors = await CreatePaymentMethod().ValidatePaymentFormAsync(Form("PayByInstalments-0"));

        Assert.That(errors, Is.EqualTo(new[] { "Plugins.Payments.Tamara.PaymentInfo.PlanInvalid" }));
    }

    [Test]
    public async Task Install_saves_default_settings_and_English_and_Arabic_resources()
    {
        var arabic = new Language { Id = 2, Name = "العربية", LanguageCulture = "ar-SA" };
        _nop.Languages.Setup(service => service.GetAllLanguagesAsync(It.IsAny<bool>(), It.IsAny<int>())).ReturnsAsync([_nop.Language, arabic]);
        TamaraSettings? saved = null;
        _nop.SettingService.Setup(service => service.SaveSettingAsync(It.IsAny<TamaraSettings>(), It.IsAny<int>()))
            .Callback((TamaraSettings settings, int _) => saved = settings).Returns(Task.CompletedTask);

        await CreatePaymentMethod().InstallAsync();

        Assert.Multiple(() =>
        {
            Assert.That(saved!.Environment, Is.EqualTo(Nop.Plugin.Payments.Tamara.Api.TamaraEnvironment.Sandbox));
            Assert.That(saved.AllowedCountries, Is.EqualTo(new[] { "SA", "AE", "KW", "BH", "OM" }));
            Assert.That(saved.EnabledPaymentTypes, Does.Contain("PayByInstalments"));
            Assert.That(saved.CaptureTrigger, Is.EqualTo(Domain.CaptureTrigger.ShipmentSent));
            Assert.That(saved.WarnUncapturedAfterDays, Is.InRange(1, 20));
            Assert.That(saved.ApiToken, Is.Empty);
        });
        _nop.Localization.Verify(service => service.AddOrUpdateLocaleResourceAsync(
            It.Is<IDictionary<string, string>>(resources => resources["Plugins.Payments.Tamara.Plan.PayByInstalments"] == "Split in {0}, interest-free"), null), Times.Once);
        _nop.Localization.Verify(service => service.AddOrUpdateLocaleResourceAsync(
            It.Is<IDictionary<string, string>>(resources => resources["Plugins.Payments.Tamara.Plan.PayByInstalments"] == "قسّمها على {0} دفعات بدون فوائد"), 2), Times.Once);
    }

    [Test]
    public async Task A_new_install_keeps_offline_refunds_out_of_Tamara_as_they_were_paid_back_another_way()
    {
        TamaraSettings? saved = null;
        _nop.SettingService.Setup(service => service.SaveSettingAsync(It.IsAny<TamaraSettings>(), It.IsAny<int>()))
            .Callback((TamaraSettings settings, int _) => saved = settings).Returns(Task.CompletedTask);

        await CreatePaymentMethod().InstallAsync();

        Assert.That(saved!.SendOfflineRefundsToTamara, Is.False);
    }

    [Test]
    public async Task Uninstall_removes_settings_and_resources()
    {
        await CreatePaymentMethod().UninstallAsync();

        _nop.SettingService.Verify(service => service.DeleteSettingAsync<TamaraSettings>(), Times.Once);
        _nop.Localization.Verify(service => service.DeleteLocaleResourcesAsync("Plugins.Payments.Tamara", null), Times.Once);
    }

    [Test]
    public void English_and_Arabic_resources_have_the_same_names_and_Arabic_text()
    {
        var english = ReadResources(TamaraDefaults.EnglishResourceFile);
        var arabic = ReadResources(TamaraDefaults.ArabicResourceFile);

        Assert.That(arabic.Keys, Is.EquivalentTo(english.Keys));
        Assert.That(english.Keys, Is.All.StartsWith(TamaraDefaults.ResourcePrefix));
        Assert.That(arabic.Values, Is.All.Matches<string>(value => Regex.IsMatch(value, @"\p{IsArabic}")));
        Assert.That(english.Where(pair => Regex.Matches(pair.Value, @"\{\d\}").Count != Regex.Matches(arabic[pair.Key], @"\{\d\}").Count).Select(pair => pair.Key),
            Is.Empty, "placeholders match");
    }

    [Test]
    public void Every_resource_the_plugin_names_is_installed()
    {
        var english = ReadResources(TamaraDefaults.EnglishResourceFile);
        var sourceRoot = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "Nop.Plugin.Payments.Tamara"));
        Assume.That(Directory.Exists(sourceRoot), "the plugin's source sits next to the test project");
        var named = Directory.EnumerateFiles(sourceRoot, "*.*", SearchOption.AllDirectories)
            .Where(path => (path.EndsWith(".cs") || path.EndsWith(".cshtml")) && !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .SelectMany(path => Regex.Matches(File.ReadAllText(path), "\"Plugins\\.Payments\\.Tamara\\.([A-Za-z.]+)\"").Select(match => match.Value.Trim('"')))
            .Where(name => !name.EndsWith('.'))
            .Distinct()
            .ToList();

        Assert.That(named, Is.Not.Empty);
        Assert.That(named.Where(name => !english.ContainsKey(name)), Is.Empty);
    }

    [Test]
    public async Task Description_is_the_merchants_text_or_else_the_plugins()
    {
        _nop.Settings.Description = "Pay in 4 with Tamara";
        var merchants = await CreatePaymentMethod().GetPaymentMethodDescriptionAsync();
        _nop.Settings.Description = string.Empty;
        var plugins = await CreatePaymentMethod().GetPaymentMethodDescriptionAsync();

        Assert.That((merchants, plugins), Is.EqualTo(("Pay in 4 with Tamara", "Plugins.Payments.Tamara.PaymentMethodDescription")));
    }
}
