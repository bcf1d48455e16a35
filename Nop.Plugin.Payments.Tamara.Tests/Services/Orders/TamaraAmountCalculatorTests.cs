using NUnit.Framework;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Payments.Tamara.Services.Orders;

namespace Nop.Plugin.Payments.Tamara.Tests.Services.Orders;

[TestFixture]
public class TamaraAmountCalculatorTests
{
    private static Order SarOrder(decimal subtotalExclTax, decimal shippingExclTax, decimal tax, decimal orderDiscount, decimal total) => new()
    {
        Id = 1,
        CustomerCurrencyCode = "SAR",
        CurrencyRate = 1m,
        OrderSubtotalExclTax = subtotalExclTax,
        OrderShippingExclTax = shippingExclTax,
        OrderTax = tax,
        OrderDiscount = orderDiscount,
        OrderTotal = total
    };

    private static OrderItem Item(int id, int quantity, decimal priceExclTax, decimal discountExclTax, decimal priceInclTax) => new()
    {
        Id = id,
        Quantity = quantity,
        PriceExclTax = priceExclTax,
        DiscountAmountExclTax = discountExclTax,
        PriceInclTax = priceInclTax
    };

    private static void AssertAddsUp(TamaraOrderAmounts amounts)
    {
        var parts = amounts.Items.Values.Sum(line => line.TotalAmount) + amounts.PaymentFeeAmount + amounts.CheckoutAttributesAmount
            + amounts.TaxAmount + amounts.ShippingAmount - amounts.DiscountAmount;
        Assert.That(parts, Is.EqualTo(amounts.TotalAmount), "total = items + fee + attributes + tax + shipping - discount");
        foreach (var line in amounts.Items.Values)
            Assert.That(line.UnitPrice * line.Quantity - line.DiscountAmount, Is.EqualTo(line.TotalAmount), "line total = unit price x quantity - discount");
    }

    [Test]
    public void Sar_order_with_item_and_order_discounts_tax_and_shipping_sends_what_the_shopper_pays()
    {
        //15% VAT; item 1: 2 x 100 with a 20 item discount; item 2: 1 x 50; sub-total discount 10, order discount 5, shipping 20 + 3 tax
        var order = SarOrder(subtotalExclTax: 230m, shippingExclTax: 20m, tax: 36m, orderDiscount: 5m, total: 271m);
        order.OrderSubTotalDiscountExclTax = 10m;
        var items = new[] { Item(11, 2, 180m, 20m, 207m), Item(12, 1, 50m, 0m, 57.5m) };

        var amounts = TamaraAmountCalculator.Calculate(order, items);

        Assert.Multiple(() =>
        {
            Assert.That(amounts.CurrencyCode, Is.EqualTo("SAR"));
            Assert.That(amounts.Items[11], Is.EqualTo(new TamaraLineAmounts(100m, 2, 20m, 27m, 180m)));
            Assert.That(amounts.Items[12], Is.EqualTo(new TamaraLineAmounts(50m, 1, 0m, 7.5m, 50m)));
            Assert.That(amounts.ShippingAmount, Is.EqualTo(20m));
            Assert.That(amounts.TaxAmount, Is.EqualTo(36m));
            Assert.That(amounts.DiscountAmount, Is.EqualTo(15m), "sub-total discount 10 + order discount 5");
            Assert.That(amounts.TotalAmount, Is.EqualTo(271m));
        });
        AssertAddsUp(amounts);
    }

    [Test]
    public void Kwd_order_at_an_awkward_rate_keeps_three_digits_and_adds_up_to_the_last_fils()
    {
        //store in SAR, shopper in KWD at 0.0817; three lines of three units, 15% VAT
        var order = new Order
        {
            Id = 2,
            CustomerCurrencyCode = "KWD",
            CurrencyRate = 0.0817m,
            OrderSubtotalExclTax = 178.27m,
            OrderShippingExclTax = 15m,
            OrderTax = 28.99m,
            OrderDiscount = 10m,
            OrderTotal = 212.26m
        };
        var items = new[]
        {
            Item(21, 3, 99.99m, 0m, 114.99m),
            Item(22, 3, 54.97m, 5m, 63.22m),
            Item(23, 3, 23.31m, 0m, 26.81m)
        };

        var amounts = TamaraAmountCalculator.Calculate(order, items);

        Assert.Multiple(() =>
        {
            //each line's total is its own converted price; the unit price is rounded up and the residue stays in the line's discount
            Assert.That(amounts.Items[21], Is.EqualTo(new TamaraLineAmounts(2.724m, 3, 0.003m, 1.226m, 8.169m)));
            Assert.That(amounts.Items[22], Is.EqualTo(new TamaraLineAmounts(1.634m, 3, 0.411m, 0.674m, 4.491m)));
            Assert.That(amounts.Items[23], Is.EqualTo(new TamaraLineAmounts(0.635m, 3, 0.001m, 0.286m, 1.904m)));
            Assert.That(amounts.ShippingAmount, Is.EqualTo(1.226m));
            Assert.That(amounts.TaxAmount, Is.EqualTo(2.368m));
            Assert.That(amounts.TotalAmount, Is.EqualTo(17.342m));
            Assert.That(amounts.DiscountAmount, Is.EqualTo(0.816m), "10 SAR is 0.817 KWD; conversion rounding takes one fils back");
        });
        AssertAddsUp(amounts);
    }

    [Test]
    public void Gift_cards_and_reward_points_are_part_of_the_discount()
    {
        //100 of goods, no tax; the shopper pays 70 after a 30 gift card
        var order = SarOrder(subtotalExclTax: 100m, shippingExclTax: 0m, tax: 0m, orderDiscount: 0m, total: 70m);

        var amounts = TamaraAmountCalculator.Calculate(order, [Item(31, 1, 100m, 0m, 100m)]);

        Assert.That(amounts.DiscountAmount, Is.EqualTo(30m));
        AssertAddsUp(amounts);
    }

    [Test]
    public void The_rounding_of_unit_price_times_quantity_stays_in_its_line()
    {
        //3 units for 10.00: one unit is 3.3333, sent as 3.34, so the line's discount holds the 0.02 and its total stays 10.00
        var order = SarOrder(subtotalExclTax: 10m, shippingExclTax: 0m, tax: 0m, orderDiscount: 0m, total: 10m);

        var amounts = TamaraAmountCalculator.Calculate(order, [Item(41, 3, 10m, 0m, 10m)]);

        Assert.Multiple(() =>
        {
            Assert.That(amounts.Items[41], Is.EqualTo(new TamaraLineAmounts(3.34m, 3, 0.02m, 0m, 10m)));
            Assert.That(amounts.DiscountAmount, Is.EqualTo(0m));
            Assert.That(amounts.TaxAmount, Is.EqualTo(0m));
        });
        AssertAddsUp(amounts);
    }

    [Test]
    public void A_large_quantity_paid_in_another_currency_reports_no_tax_that_does_not_exist()
    {
        //1000 × 9.99 SAR paid in KWD at 0.0819, no VAT: 818.181 KWD, and a unit price of 0.818181
        var order = SarOrder(subtotalExclTax: 9990m, shippingExclTax: 0m, tax: 0m, orderDiscount: 0m, total: 9990m);
        order.CustomerCurrencyCode = "KWD";
        order.CurrencyRate = 0.0819m;

        var amounts = TamaraAmountCalculator.Calculate(order, [Item(42, 1000, 9990m, 0m, 9990m)]);

        Assert.Multiple(() =>
        {
            Assert.That(amounts.TaxAmount, Is.EqualTo(0m));
            Assert.That(amounts.DiscountAmount, Is.EqualTo(0m));
            Assert.That(amounts.Items[42].TotalAmount, Is.EqualTo(818.181m));
        });
        AssertAddsUp(amounts);
    }

    [Test]
    public void A_large_quantity_in_a_tax_inclusive_store_reports_no_order_discount_that_does_not_exist()
    {
        //1000 × 2.00 SAR including 15 % VAT: 1739.13 without tax, a unit price of 1.73913
        var order = SarOrder(subtotalExclTax: 1739.13m, shippingExclTax: 0m, tax: 260.87m, orderDiscount: 0m, total: 2000m);

        var amounts = TamaraAmountCalculator.Calculate(order, [Item(43, 1000, 1739.13m, 0m, 2000m)]);

        Assert.Multiple(() =>
        {
            Assert.That(amounts.DiscountAmount, Is.EqualTo(0m));
            Assert.That(amounts.TaxAmount, Is.EqualTo(260.87m));
            Assert.That(amounts.Items[43].TotalAmount, Is.EqualTo(1739.13m));
        });
        AssertAddsUp(amounts);
    }

    [Test]
    public void Payment_fee_and_checkout_attributes_are_amounts_of_their_own()
    {
        //one item of 100, gift wrapping (checkout attribute) 10, payment fee 5, no tax
        var order = SarOrder(subtotalExclTax: 110m, shippingExclTax: 0m, tax: 0m, orderDiscount: 0m, total: 115m);
        order.PaymentMethodAdditionalFeeExclTax = 5m;
        order.CheckoutAttributesXml = "<Attributes><CheckoutAttribute ID=\"1\"><CheckoutAttributeValue><Value>1</Value></CheckoutAttributeValue></CheckoutAttribute></Attributes>";

        var amounts = TamaraAmountCalculator.Calculate(order, [Item(51, 1, 100m, 0m, 100m)]);

        Assert.Multiple(() =>
        {
            Assert.That(amounts.PaymentFeeAmount, Is.EqualTo(5m));
            Assert.That(amounts.CheckoutAttributesAmount, Is.EqualTo(10m));
            Assert.That(amounts.DiscountAmount, Is.EqualTo(0m));
        });
        AssertAddsUp(amounts);
    }

    [Test]
    public void A_fully_discounted_line_never_gets_a_negative_total()
    {
        //3 units of 3.3333 given away: the discount is the whole rounded gross of the line
        var order = SarOrder(subtotalExclTax: 0m, shippingExclTax: 5m, tax: 0m, orderDiscount: 0m, total: 5m);

        var amounts = TamaraAmountCalculator.Calculate(order, [Item(61, 3, 0m, 10m, 0m)]);

        Assert.Multiple(() =>
        {
            Assert.That(amounts.Items[61].DiscountAmount, Is.EqualTo(10.02m));
            Assert.That(amounts.Items[61].TotalAmount, Is.EqualTo(0m));
        });
        AssertAddsUp(amounts);
    }
}
