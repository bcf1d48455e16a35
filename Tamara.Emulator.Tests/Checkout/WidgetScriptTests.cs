using System.Net;
using NUnit.Framework;
using Tamara.Emulator.Tests.Support;

namespace Tamara.Emulator.Tests.Checkout;

[TestFixture]
public class WidgetScriptTests : EmulatorTest
{
    [Test]
    public async Task Stand_in_widget_script_is_served_without_a_token_and_defines_the_tamara_widget_element()
    {
        using var anonymous = new TamaraApi(Tamara.BaseUrl, apiToken: null);

        var answer = await anonymous.GetAsync("/widget-v2/tamara-widget.js");

        Assert.Multiple(() =>
        {
            Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(answer.Response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/javascript"));
            Assert.That(answer.Text, Does.Contain("customElements.define('tamara-widget'").And.Contain("TamaraWidgetV2").And.Contain("tamaraWidgetConfig"));
        });
    }
}
