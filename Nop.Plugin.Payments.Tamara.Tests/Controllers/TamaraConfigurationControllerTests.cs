using System.Linq.Expressions;
using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Moq;
using Nop.Plugin.Payments.Tamara.Api;
using Nop.Plugin.Payments.Tamara.Controllers;
using Nop.Plugin.Payments.Tamara.Models.Admin;
using Nop.Plugin.Payments.Tamara.Tests.Support;
using Nop.Services.Security;
using Nop.Web.Framework.Mvc.Filters;
using NUnit.Framework;

namespace Nop.Plugin.Payments.Tamara.Tests.Controllers;

/// <summary>
/// The admin configuration controller as a unit: the reference SDK's filter attributes cannot run in a test host
/// </summary>
[TestFixture]
public class TamaraConfigurationControllerTests : EmulatorTestBase
{
    private const string SAVED_API_TOKEN = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.saved-api-token.ZXF1YWw9";

    private TamaraConfigurationController CreateController() =>
        new(Nop.Languages.Object, Nop.Localization.Object, Nop.Notifications.Object, Nop.SettingService.Object, Nop.StaticCacheManager,
            Nop.StoreContext.Object, Nop.StoreService.Object, Nop.CreateClientProvider(ClientFactory));

    /// <summary>
    /// The form as posted without touching the connection: the saved environment and URL, empty token fields
    /// </summary>
    private ConfigurationModel Form() => new()
    {
        EnvironmentId = (int)Nop.Settings.Environment,
        CustomApiUrl = Nop.Settings.CustomApiUrl,
        ApiToken = string.Empty,
        NotificationToken = string.Empty,
        EnabledPaymentTypes = ["PayByInstalments"],
        EnabledInstalments = "3, 6",
        AllowedCountries = "SA, KW",
        EligibilityCacheMinutes = 10,
        CheckoutExpiryMinutes = 45,
        WarnUncapturedAfterDays = 10
    };

    private void VerifySaved<TProperty>(Expression<Func<TamaraSettings, TProperty>> selector, Func<TamaraSettings, bool> check, Times times) =>
        Nop.SettingService.Verify(service => service.SaveSettingOverridablePerStoreAsync(It.Is<TamaraSettings>(settings => check(settings)),
            It.Is<Expression<Func<TamaraSettings, TProperty>>>(expression => ((MemberExpression)expression.Body).Member.Name == ((MemberExpression)selector.Body).Member.Name),
            It.IsAny<bool>(), It.IsAny<int>(), It.IsAny<bool>()), times);

    [Test]
    public async Task Configure_page_never_shows_the_saved_tokens()
    {
        Nop.Settings.ApiToken = SAVED_API_TOKEN;

        var model = (ConfigurationModel)((ViewResult)await CreateController().Configure()).Model!;

        Assert.Multiple(() =>
        {
            Assert.That(model.ApiToken, Is.Empty);
            Assert.That(model.NotificationToken, Is.Empty);
            Assert.That(model.ApiTokenMasked, Does.EndWith("ZXF1YWw9"[^4..]).And.Not.Contains("saved-api-token"));
            Assert.That(model.NotificationTokenMasked, Is.Not.Empty.And.Not.Contains(Nop.Settings.NotificationToken));
        });
    }

    [Test]
    public async Task Saving_with_empty_token_fields_keeps_the_saved_tokens()
    {
        Nop.Settings.ApiToken = SAVED_API_TOKEN;
        var savedNotificationToken = Nop.Settings.NotificationToken;

        var result = await CreateController().Configure(Form());

        Assert.That(result, Is.InstanceOf<RedirectToActionResult>());
        Assert.That((Nop.Settings.ApiToken, Nop.Settings.NotificationToken), Is.EqualTo((SAVED_API_TOKEN, savedNotificationToken)));
        VerifySaved(settings => settings.ApiToken, settings => settings.ApiToken == SAVED_API_TOKEN, Times.Once());
        VerifySaved(settings => settings.EnabledInstalments, settings => settings.EnabledInstalments.SequenceEqual(new[] { 3, 6 }), Times.Once());
        VerifySaved(settings => settings.CheckoutExpiryMinutes, settings => settings.CheckoutExpiryMinutes == 45, Times.Once());
    }

    [Test]
    public async Task Pasted_token_is_saved_without_its_line_breaks()
    {
        var form = Form() with { ApiToken = "  eyJhbGci.pay\r\nload.sig  " };

        await CreateController().Configure(form);

        Assert.That(Nop.Settings.ApiToken, Is.EqualTo("eyJhbGci.payload.sig"));
    }

    [Test]
    public async Task Invalid_form_is_shown_again_with_its_messages_and_nothing_is_saved()
    {
        var form = Form() with { CustomApiUrl = "not a url", AllowedCountries = "EG", ApiToken = "token-for-the-new-url" };
        var controller = CreateController();

        var result = await controller.Configure(form);

        Assert.That(result, Is.InstanceOf<ViewResult>());
        Assert.That(controller.ModelState.Keys, Is.EquivalentTo(new[] { nameof(ConfigurationModel.CustomApiUrl), nameof(ConfigurationModel.AllowedCountries) }));
        Assert.That(controller.ModelState[nameof(ConfigurationModel.CustomApiUrl)]!.Errors.Single().ErrorMessage, Is.EqualTo("Plugins.Payments.Tamara.Fields.CustomApiUrl.Invalid"));
        VerifySaved(settings => settings.ApiToken, _ => true, Times.Never());
    }

    [Test]
    public async Task Pointing_the_saved_token_at_another_url_without_entering_it_again_is_refused_and_nothing_is_saved()
    {
        Nop.Settings.ApiToken = SAVED_API_TOKEN;
        var controller = CreateController();

        var result = await controller.Configure(Form() with { CustomApiUrl = "https://collector.example/" });

        Assert.That(result, Is.InstanceOf<ViewResult>());
        Assert.That(controller.ModelState[nameof(ConfigurationModel.ApiToken)]!.Errors.Single().ErrorMessage,
            Is.EqualTo("Plugins.Payments.Tamara.Fields.ApiToken.EnterAgain"));
        VerifySaved(settings => settings.CustomApiUrl, _ => true, Times.Never());
        VerifySaved(settings => settings.ApiToken, _ => true, Times.Never());
    }

    [Test]
    public async Task Changing_the_environment_needs_both_tokens_entered_again()
    {
        Nop.Settings.ApiToken = SAVED_API_TOKEN;
        var controller = CreateController();

        var result = await controller.Configure(Form() with { EnvironmentId = (int)TamaraEnvironment.Production });

        Assert.That(result, Is.InstanceOf<ViewResult>());
        Assert.That(controller.ModelState.Keys, Is.EquivalentTo(new[] { nameof(ConfigurationModel.ApiToken), nameof(ConfigurationModel.NotificationToken) }));
        Assert.That(controller.ModelState[nameof(ConfigurationModel.NotificationToken)]!.Errors.Single().ErrorMessage,
            Is.EqualTo("Plugins.Payments.Tamara.Fields.NotificationToken.EnterAgain"));
        VerifySaved(settings => settings.Environment, _ => true, Times.Never());
    }

    [Test]
    public async Task A_new_url_with_the_token_entered_again_is_saved_and_the_token_is_bound_to_it()
    {
        await using var gateway = await ScriptedHttpServer.StartAsync();
        var form = Form() with { CustomApiUrl = gateway.BaseUrl.ToString(), ApiToken = "token-for-the-new-url" };

        var result = await CreateController().Configure(form);

        Assert.That(result, Is.InstanceOf<RedirectToActionResult>());
        Assert.That((Nop.Settings.CustomApiUrl, Nop.Settings.ApiToken, Nop.Settings.ApiTokenBaseUrl),
            Is.EqualTo((gateway.BaseUrl.ToString(), "token-for-the-new-url", gateway.BaseUrl.AbsoluteUri)));
    }

    [Test]
    public async Task Test_connection_never_sends_a_token_entered_for_another_url()
    {
        await using var collector = await ScriptedHttpServer.StartAsync();
        collector.Script("GET", "/merchants/configs", ScriptedReply.Empty(200));
        Nop.Settings.ApiToken = SAVED_API_TOKEN;
        Nop.Settings.ApiTokenBaseUrl = TamaraClientOptions.ProductionBaseUrl.AbsoluteUri;
        Nop.Settings.CustomApiUrl = collector.BaseUrl.ToString();

        await CreateController().TestConnection();
        await CreateController().RegisterWebhook();

        Assert.That(collector.Requests, Is.Empty);
        Nop.Notifications.Verify(service => service.ErrorNotification("Plugins.Payments.Tamara.Configuration.TokenForAnotherUrl", It.IsAny<bool>(), It.IsAny<int>()),
            Times.Exactly(2));
        var page = (ConfigurationModel)((ViewResult)await CreateController().Configure()).Model!;
        Assert.That((page.IsConfigured, page.NotConfiguredMessage), Is.EqualTo((false, "Plugins.Payments.Tamara.Configuration.TokenForAnotherUrl")));
    }

    [Test]
    public async Task Test_connection_reads_the_merchant_configs_and_saves_the_public_key()
    {
        Nop.Settings.PublicKey = string.Empty;

        await CreateController().TestConnection();

        Assert.That(Nop.Settings.PublicKey, Is.EqualTo(Tamara.Options.PublicKey));
        Nop.Notifications.Verify(service => service.SuccessNotification("Plugins.Payments.Tamara.Configuration.TestConnection.Success", It.IsAny<bool>(), It.IsAny<int>()), Times.Once);
    }

    [Test]
    public async Task Test_connection_with_a_wrong_token_says_why_without_showing_the_token()
    {
        Nop.Localization.Setup(service => service.GetResourceAsync("Plugins.Payments.Tamara.Configuration.TestConnection.Failed")).ReturnsAsync("Failed: {0} {1}");
        Nop.Settings.ApiToken = "sandbox-token-used-in-production";

        await CreateController().TestConnection();

        Nop.Notifications.Verify(service => service.ErrorNotification(
            It.Is<string>(message => message.Contains("HTTP 401") && message.Contains("TokenHint") && !message.Contains("sandbox-token-used-in-production")),
            It.IsAny<bool>(), It.IsAny<int>()), Times.Once);
    }

    [Test]
    public async Task Test_connection_answered_with_an_error_page_instead_of_Tamaras_message_still_says_what_failed()
    {
        await using var gateway = await ScriptedHttpServer.StartAsync();
        gateway.Script("GET", "/merchants/configs", ScriptedReply.Empty(502));
        Nop.Settings.CustomApiUrl = gateway.BaseUrl.ToString();
        Nop.Localization.Setup(service => service.GetResourceAsync("Plugins.Payments.Tamara.Configuration.TestConnection.Failed")).ReturnsAsync("Failed: {0}{1}");

        await CreateController().TestConnection();

        Nop.Notifications.Verify(service => service.ErrorNotification(
            It.Is<string>(message => message.StartsWith("Failed: HTTP 502") && message.Contains("/merchants/configs") && message.Contains("no message")),
            It.IsAny<bool>(), It.IsAny<int>()), Times.Once);
    }

    [Test]
    public async Task Register_webhook_shows_the_webhook_id_also_when_Tamara_already_had_it()
    {
        Nop.Localization.Setup(service => service.GetResourceAsync(It.Is<string>(key => key.StartsWith("Plugins.Payments.Tamara.Configuration.RegisterWebhook."))))
            .ReturnsAsync((string key) => key + " {0} {1}");
        Nop.Store.Url = $"http://register-{Guid.NewGuid():N}.example/";

        await CreateController().RegisterWebhook();
        var firstId = Nop.Settings.WebhookId;
        await CreateController().RegisterWebhook();

        Assert.That(firstId, Is.Not.Empty);
        Assert.That(Nop.Settings.WebhookId, Is.EqualTo(firstId));
        Nop.Notifications.Verify(service => service.SuccessNotification(
            $"Plugins.Payments.Tamara.Configuration.RegisterWebhook.Success {firstId} {Nop.Store.Url}Plugins/Tamara/Webhook", It.IsAny<bool>(), It.IsAny<int>()), Times.Once);
        Nop.Notifications.Verify(service => service.SuccessNotification(
            $"Plugins.Payments.Tamara.Configuration.RegisterWebhook.AlreadyRegistered {firstId} {Nop.Store.Url}Plugins/Tamara/Webhook", It.IsAny<bool>(), It.IsAny<int>()), Times.Once);
    }

    [Test]
    public void Every_action_is_for_administrators_from_allowed_ip_addresses_with_the_payment_methods_permission_and_posts_are_antiforgery_checked()
    {
        var type = typeof(TamaraConfigurationController);
        var actions = type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly);

        Assert.Multiple(() =>
        {
            Assert.That(type.GetCustomAttributesData().Select(attribute => attribute.AttributeType),
                Is.SupersetOf(new[] { typeof(AuthorizeAdminAttribute), typeof(ValidateIpAddressAttribute), typeof(AutoValidateAntiforgeryTokenAttribute), typeof(AreaAttribute) }));
            Assert.That(actions, Has.Length.EqualTo(4));
            Assert.That(actions.Select(action => action.GetCustomAttributesData().SingleOrDefault(attribute => attribute.AttributeType == typeof(CheckPermissionAttribute))
                ?.ConstructorArguments[0].Value), Is.All.EqualTo(StandardPermission.Configuration.MANAGE_PAYMENT_METHODS));
        });
    }
}
