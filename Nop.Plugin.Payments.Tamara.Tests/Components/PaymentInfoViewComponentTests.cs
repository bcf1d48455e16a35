using Moq;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Payments.Tamara.Components;
using Nop.Plugin.Payments.Tamara.Models.Public;
using Nop.Plugin.Payments.Tamara.Tests.Support;
using Nop.Services.Orders;
using NUnit.Framework;

namespace Nop.Plugin.Payments.Tamara.Tests.Components;

[TestFixture]
public class PaymentInfoViewComponentTests : EmulatorTestBase
{
    [Test]
    public async Task Payment_info_offers_the_plans_in_Tamaras_words_in_the_working_language_with_the_first_one_chosen()
    {
        CheckoutOrders.AddCatalog(Nop);
        Nop.CartTotal = 271m;
        Nop.Settings.Title = "Tamara";
        Nop.Language = new Language { Id = 2, Name = "العربية", LanguageCulture = "ar-SA" };

        var model = await ViewComponentInvoker.PaymentInfoAsync(Nop, ClientFactory);

        Assert.Multiple(() =>
        {
            Assert.That(model.Title, Is.EqualTo("Tamara"));
            Assert.That(model.Plans.Select(plan => (plan.Code, plan.Text)), Is.EqualTo(new[]
            {
                ("PayByInstalments-3", "قسّمها على 3 دفعات بدون فوائد"),
                ("PayByInstalments-4", "قسّمها على 4 دفعات بدون فوائد"),
                ("PayNow", "ادفع الآن كامل المبلغ")
            }));
            Assert.That(model.SelectedPlanCode, Is.EqualTo("PayByInstalments-3"));
        });
    }
}
