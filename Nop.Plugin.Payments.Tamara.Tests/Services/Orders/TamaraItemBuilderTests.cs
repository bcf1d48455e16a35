using System.Linq.Expressions;
using Nop.Core.Domain.Catalog;
using Nop.Plugin.Payments.Tamara.Services.AfterSale;
using Nop.Plugin.Payments.Tamara.Services.Orders;
using Nop.Plugin.Payments.Tamara.Tests.Support;
using Moq;
using NUnit.Framework;

namespace Nop.Plugin.Payments.Tamara.Tests.Services.Orders;

[TestFixture]
public class TamaraItemBuilderTests
{
    [Test]
    public async Task A_capture_of_the_whole_order_describes_each_item_as_the_checkout_session_did()
    {
        var nop = new NopStub();
        var order = CheckoutOrders.AddSarOrder(nop);
        nop.Products[501].Name = new string('B', 300);
        var builder = new TamaraItemBuilder(nop.Localization.Object, nop.OrderService.Object, nop.ProductService.Object);
        var amounts = TamaraAmountCalculator.Calculate(order, nop.OrderItems.Where(item => item.OrderId == order.Id));

        var atCheckout = await builder.BuildAsync(nop.OrderItems.Where(item => item.OrderId == order.Id).ToList(), amounts, nop.Language.Id);
        var atCapture = await builder.BuildAsync(order, CaptureAllocator.FromOrder(amounts));

        Assert.Multiple(() =>
        {
            Assert.That(atCapture.Select(item => (item.ReferenceId, item.Name, item.Sku, item.Type, item.Quantity, item.TotalAmount!.Amount)),
                Is.EqualTo(atCheckout.Select(item => (item.ReferenceId, item.Name, item.Sku, item.Type, item.Quantity, item.TotalAmount!.Amount))));
            Assert.That(atCapture[0].Name, Has.Length.EqualTo(255), "Tamara takes item names of at most 255 characters");
            Assert.That(atCapture[1].Sku, Is.EqualTo("502"), "a product without SKU goes by its product id");
        });
    }

    [TestCase("SAR", 1)]
    [TestCase("KWD", 0.0817)]
    public async Task Capture_and_cancel_items_of_an_order_with_a_payment_fee_add_up_to_what_they_move(string currency, decimal rate)
    {
        var nop = new NopStub();
        var order = CheckoutOrders.AddSarOrder(nop, rate, currency);
        order.PaymentMethodAdditionalFeeExclTax = 10m;
        order.OrderTotal = 281m;
        var builder = new TamaraItemBuilder(nop.Localization.Object, nop.OrderService.Object, nop.ProductService.Object);
        var whole = CaptureAllocator.FromOrder(TamaraAmountCalculator.Calculate(order, nop.OrderItems.Where(item => item.OrderId == order.Id)));
        var firstShipment = CaptureAllocator.ForShipment(whole, new Dictionary<int, int> { [order.Id * 10 + 1] = 1 }, currency);
        var rest = CaptureAllocator.Remainder(whole, [firstShipment]);

        foreach (var part in new[] { whole, firstShipment, rest })
        {
            var items = await builder.BuildAsync(order, part);

            Assert.That(items.Sum(item => item.TotalAmount!.Amount) + part.Tax + part.Shipping - part.Discount, Is.EqualTo(part.Total));
        }
        Assert.That(firstShipment.Total + rest.Total, Is.EqualTo(whole.Total));
    }

    [Test]
    public async Task An_item_takes_its_products_translation_and_the_products_own_name_when_it_has_none()
    {
        var nop = new NopStub();
        var order = CheckoutOrders.AddSarOrder(nop);
        // As nopCommerce answers: the translation when there is one, else the selected property, or nothing when the
        // caller does not want that default.
        nop.Localization.Setup(service => service.GetLocalizedAsync(It.IsAny<Product>(), It.IsAny<Expression<Func<Product, string>>>(), It.IsAny<int?>(), It.IsAny<bool>(), It.IsAny<bool>()))
            .ReturnsAsync((Product product, Expression<Func<Product, string>> selector, int? _, bool returnDefaultValue, bool _) =>
                product.Id == 501 ? "قميص" : returnDefaultValue ? selector.Compile()(product) : null!);
        var builder = new TamaraItemBuilder(nop.Localization.Object, nop.OrderService.Object, nop.ProductService.Object);
        var orderItems = nop.OrderItems.Where(item => item.OrderId == order.Id).ToList();

        var items = await builder.BuildAsync(orderItems, TamaraAmountCalculator.Calculate(order, orderItems), nop.Language.Id);

        Assert.That(items.Take(2).Select(item => item.Name), Is.EqualTo(new[] { "قميص", nop.Products[502].Name }));
    }
}
