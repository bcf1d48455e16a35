using Nop.Plugin.Payments.Tamara.Api.Models;
using Nop.Plugin.Payments.Tamara.Services.Checkout;
using NUnit.Framework;

namespace Nop.Plugin.Payments.Tamara.Tests.Services.Checkout;

[TestFixture]
public class TamaraPhoneNumberPlanAndDeviceTests
{
    [TestCase("+966 56 602 7755", "SA", "566027755")]
    [TestCase("00966566027755", "SA", "566027755")]
    [TestCase("0566027755", "SA", "566027755")]
    [TestCase("566-027-755", "SA", "566027755")]
    [TestCase("+965 6500 1234", "KW", "65001234")]
    [TestCase("+971 50 123 4567", "SA", "+971501234567")]
    public void Phone_numbers_go_out_as_Tamara_writes_them(string typed, string country, string expected)
    {
        Assert.That(TamaraPhoneNumber.Normalize(typed, country), Is.EqualTo(expected));
    }

    [TestCase(null)]
    [TestCase("  ")]
    [TestCase("n/a")]
    public void Phone_without_digits_is_left_out(string? typed)
    {
        Assert.That(TamaraPhoneNumber.Normalize(typed, "SA"), Is.Null);
    }

    [TestCase("PayByInstalments-3", TamaraPaymentType.PayByInstalments, 3)]
    [TestCase("PayNow", TamaraPaymentType.PayNow, 0)]
    [TestCase("PayNextMonth", TamaraPaymentType.PayNextMonth, 0)]
    public void Plan_codes_read_back_to_the_plan(string code, TamaraPaymentType paymentType, int instalments)
    {
        Assert.That(TamaraPlan.TryParse(code, out var plan), Is.True);
        Assert.That(plan, Is.EqualTo(new TamaraPlan(paymentType, instalments)));
        Assert.That(plan!.Code, Is.EqualTo(code));
    }

    [TestCase("PayByInstalments")]
    [TestCase("PayByInstalments-1")]
    [TestCase("PayNow-3")]
    [TestCase("Unknown")]
    [TestCase("99")]
    [TestCase("")]
    public void Malformed_plan_codes_are_refused(string code)
    {
        Assert.That(TamaraPlan.TryParse(code, out _), Is.False);
    }

    [TestCase("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148", true)]
    [TestCase("Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 Chrome/120.0 Mobile Safari/537.36", true)]
    [TestCase("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/120.0 Safari/537.36", false)]
    [TestCase(null, false)]
    public void Phones_and_tablets_are_sent_as_mobile(string? userAgent, bool mobile)
    {
        Assert.That(TamaraDevice.IsMobile(userAgent), Is.EqualTo(mobile));
    }
}
