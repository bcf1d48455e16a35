using NUnit.Framework;
using Nop.Plugin.Payments.Tamara.Domain;
using Nop.Plugin.Payments.Tamara.Services.AfterSale;

namespace Nop.Plugin.Payments.Tamara.Tests.Services.AfterSale;

[Category("AfterSale")]
[TestFixture]
public class CaptureAllocatorTests
{
    private static CaptureAmounts SarOrder() => new()
    {
        Lines =
        [
            new CaptureLine { OrderItemId = 1, UnitPrice = 33.33m, Quantity = 3, Total = 99.99m, Tax = 15.00m },
            new CaptureLine { OrderItemId = 2, UnitPrice = 50.00m, Quantity = 1, Total = 50.00m, Tax = 7.50m }
        ],
        Shipping = 20.00m,
        Tax = 25.50m,
        Discount = 10.00m,
        Total = 185.49m
    };

    private static CaptureAmounts KwdOrder() => new()
    {
        Lines = [new CaptureLine { OrderItemId = 7, UnitPrice = 3.334m, Quantity = 3, Discount = 0.002m, Total = 10.000m }],
        Shipping = 1.250m,
        Discount = 0.500m,
        Total = 10.750m
    };

    /// <summary>
    /// Every field of a capture is a part of what the order had of it, and the request adds up by Tamara's formula on every line
    /// </summary>
    private static void AssertAddsUp(CaptureAmounts capture)
    {
        Assert.Multiple(() =>
        {
            Assert.That(capture.Total, Is.EqualTo(capture.Lines.Sum(line => line.Total) + capture.Shipping + capture.Fees + capture.Tax - capture.Discount));
            foreach (var line in capture.Lines)
                Assert.That(line.Total, Is.EqualTo(line.UnitPrice * line.Quantity - line.Discount), $"line {line.OrderItemId}");
            Assert.That(new[] { capture.Total, capture.Shipping, capture.Fees, capture.Tax, capture.Discount }, Is.All.GreaterThanOrEqualTo(0m));
            Assert.That(capture.Lines.SelectMany(line => new[] { line.Total, line.Tax, line.Discount }), Is.All.GreaterThanOrEqualTo(0m));
        });
    }

    private static CaptureAmounts Ship(CaptureAmounts order, IReadOnlyCollection<CaptureAmounts> previous, Dictionary<int, int> quantities, string currency) =>
        CaptureAllocator.ForShipment(CaptureAllocator.Capturable(order, previous, order.Total - previous.Sum(capture => capture.Total)), quantities, currency);

    [Test]
    public void A_shipment_takes_shipping_tax_and_discount_in_proportion_to_the_goods_it_holds()
    {
        var capture = Ship(SarOrder(), [], new Dictionary<int, int> { [1] = 1, [2] = 1 }, "SAR");

        Assert.Multiple(() =>
        {
            Assert.That(capture.Lines.Select(line => (line.OrderItemId, line.Quantity, line.Total, line.Tax)),
                Is.EqualTo(new[] { (1, 1, 33.33m, 5.00m), (2, 1, 50.00m, 7.50m) }));
            //83.33 of 149.99 goods: 55.557 %
            Assert.That(capture.Shipping, Is.EqualTo(11.11m));
            Assert.That(capture.Tax, Is.EqualTo(14.17m));
            Assert.That(capture.Discount, Is.EqualTo(5.56m));
            Assert.That(capture.Total, Is.EqualTo(103.05m));
        });
        AssertAddsUp(capture);
    }

    [Test]
    public void Two_partial_shipments_add_up_to_the_order_total_to_the_last_halala()
    {
        var order = SarOrder();
        var first = Ship(order, [], new Dictionary<int, int> { [1] = 1, [2] = 1 }, "SAR");
        var second = CaptureAllocator.Capturable(order, [first], order.Total - first.Total);

        Assert.Multiple(() =>
        {
            Assert.That(second.Lines.Single().Total, Is.EqualTo(66.66m));
            Assert.That(first.Total + second.Total, Is.EqualTo(order.Total));
            Assert.That(first.Tax + second.Tax, Is.EqualTo(order.Tax));
            Assert.That(first.Shipping + second.Shipping, Is.EqualTo(order.Shipping));
        });
        AssertAddsUp(second);
    }

    [Test]
    public void Capture_of_third_shipment_takes_the_remainder_to_the_last_fils()
    {
        var order = KwdOrder();
        var oneEach = new Dictionary<int, int> { [7] = 1 };
        var first = Ship(order, [], oneEach, "KWD");
        var second = Ship(order, [first], oneEach, "KWD");
        var third = CaptureAllocator.Capturable(order, [first, second], order.Total - first.Total - second.Total);

        Assert.Multiple(() =>
        {
            Assert.That(first.Total + second.Total + third.Total, Is.EqualTo(10.750m));
            Assert.That(first.Lines.Single().Discount + second.Lines.Single().Discount + third.Lines.Single().Discount, Is.EqualTo(0.002m));
        });
        AssertAddsUp(first);
        AssertAddsUp(second);
        AssertAddsUp(third);
    }

    [Test]
    public void A_shipment_never_takes_more_items_than_remain_uncaptured()
    {
        var order = KwdOrder();
        var first = Ship(order, [], new Dictionary<int, int> { [7] = 2 }, "KWD");
        var second = Ship(order, [first], new Dictionary<int, int> { [7] = 5 }, "KWD");

        Assert.That(second.Lines.Single().Quantity, Is.EqualTo(1));
        Assert.That(first.Total + second.Total, Is.EqualTo(order.Total));
    }

    [Test]
    public void Remainder_after_everything_was_captured_is_zero()
    {
        var order = SarOrder();
        var all = CaptureAllocator.Remainder(order, []);
        var rest = CaptureAllocator.Remainder(order, [all]);

        Assert.That(all.Total, Is.EqualTo(185.49m));
        Assert.That(rest.Total, Is.Zero);
        Assert.That(rest.Lines, Is.Empty);
    }

    [Test]
    public void A_gift_card_larger_than_the_goods_gives_the_first_of_two_units_half_of_what_Tamara_holds()
    {
        //2 × 50 SAR, 30 SAR shipping, a 110 SAR gift card: Tamara holds 20
        var order = new CaptureAmounts
        {
            Lines = [new CaptureLine { OrderItemId = 1, UnitPrice = 50m, Quantity = 2, Total = 100m }],
            Shipping = 30m,
            Discount = 110m,
            Total = 20m
        };

        var first = Ship(order, [], new Dictionary<int, int> { [1] = 1 }, "SAR");

        Assert.That(first.Total, Is.EqualTo(10m));
        Assert.That((first.Shipping, first.Discount), Is.EqualTo((15m, 55m)));
        AssertAddsUp(first);
    }

    [Test]
    public void A_sub_total_discount_that_lowers_the_order_tax_below_the_line_taxes_gives_no_capture_a_negative_field()
    {
        //items of 1 and 999 at 50 % off with 15 % VAT: the order tax 75 is below the line taxes 150
        var order = new CaptureAmounts
        {
            Lines =
            [
                new CaptureLine { OrderItemId = 1, UnitPrice = 1m, Quantity = 1, Total = 1m, Tax = 0.15m },
                new CaptureLine { OrderItemId = 2, UnitPrice = 999m, Quantity = 1, Total = 999m, Tax = 149.85m }
            ],
            Tax = 75m,
            Discount = 500m,
            Total = 575m
        };

        var first = Ship(order, [], new Dictionary<int, int> { [1] = 1 }, "SAR");
        var last = CaptureAllocator.Capturable(order, [first], order.Total - first.Total);

        Assert.That(first.Total + last.Total, Is.EqualTo(575m));
        Assert.That(first.Total, Is.GreaterThan(0m));
        AssertAddsUp(first);
        AssertAddsUp(last);
    }

    [Test]
    public void One_unit_of_a_two_unit_line_with_an_odd_discount_adds_up_on_its_line()
    {
        var order = new CaptureAmounts
        {
            Lines = [new CaptureLine { OrderItemId = 1, UnitPrice = 100m, Quantity = 2, Discount = 0.03m, Total = 199.97m }],
            Total = 199.97m
        };

        var first = Ship(order, [], new Dictionary<int, int> { [1] = 1 }, "SAR");
        var second = CaptureAllocator.Capturable(order, [first], order.Total - first.Total);

        Assert.That(first.Lines.Single().Discount + second.Lines.Single().Discount, Is.EqualTo(0.03m));
        AssertAddsUp(first);
        AssertAddsUp(second);
    }

    [Test]
    public void When_Tamara_holds_less_than_the_order_the_captures_take_only_what_it_holds_and_still_add_up()
    {
        var order = SarOrder();
        var holds = 150.00m;

        var first = CaptureAllocator.ForShipment(CaptureAllocator.Capturable(order, [], holds), new Dictionary<int, int> { [1] = 1, [2] = 1 }, "SAR");
        var last = CaptureAllocator.Capturable(order, [first], holds - first.Total);

        Assert.That(first.Total + last.Total, Is.EqualTo(holds));
        Assert.That(CaptureAllocator.Shortfall(CaptureAllocator.Remainder(order, []), holds), Is.EqualTo(35.49m));
        AssertAddsUp(first);
        AssertAddsUp(last);
    }

    [Test]
    public void When_Tamara_holds_more_than_the_edited_order_the_surplus_is_what_to_cancel()
    {
        var order = SarOrder();
        var first = CaptureAllocator.Remainder(order, []);

        Assert.That(CaptureAllocator.Surplus(order, [], 200.00m), Is.EqualTo(14.51m));
        Assert.That(CaptureAllocator.Surplus(order, [first], 14.51m), Is.EqualTo(14.51m));
        Assert.That(CaptureAllocator.Surplus(order, [], 185.49m), Is.Zero);
    }

    [Test]
    public void After_a_capture_recorded_by_its_total_alone_the_rest_is_what_Tamara_holds_and_adds_up()
    {
        var order = SarOrder();

        var rest = CaptureAllocator.Capturable(order, [new CaptureAmounts { Total = 100m }], 85.49m);

        Assert.That(rest.Total, Is.EqualTo(85.49m));
        AssertAddsUp(rest);
    }
}
