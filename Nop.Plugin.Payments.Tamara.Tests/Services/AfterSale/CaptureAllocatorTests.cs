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
            new CaptureLine { OrderItemId = 1, Quantity = 3, Total = 99.99m, Tax = 15.00m },
            new CaptureLine { OrderItemId = 2, Quantity = 1, Total = 50.00m, Tax = 7.50m }
        ],
        Shipping = 20.00m,
        Tax = 25.50m,
        Discount = 10.00m,
        Total = 185.49m
    };

    private static CaptureAmounts KwdOrder() => new()
    {
        Lines = [new CaptureLine { OrderItemId = 7, Quantity = 3, Total = 10.000m }],
        Shipping = 1.250m,
        Discount = 0.500m,
        Total = 10.750m
    };

    private static void AssertAddsUp(CaptureAmounts capture)
    {
        Assert.That(capture.Total,
            Is.EqualTo(capture.Lines.Sum(line => line.Total) + capture.Shipping + capture.Tax - capture.Discount));
    }

    [Test]
    public void First_shipment_takes_its_items_pro_rated_with_all_shipping_and_a_share_of_the_discount()
    {
        var capture = CaptureAllocator.ForShipment(SarOrder(), [], new Dictionary<int, int> { [1] = 1, [2] = 1 }, "SAR");

        Assert.Multiple(() =>
        {
            Assert.That(capture.Lines.Select(line => (line.OrderItemId, line.Quantity, line.Total, line.Tax)),
                Is.EqualTo(new[] { (1, 1, 33.33m, 5.00m), (2, 1, 50.00m, 7.50m) }));
            Assert.That(capture.Shipping, Is.EqualTo(20.00m));
            Assert.That(capture.Tax, Is.EqualTo(15.50m));
            Assert.That(capture.Discount, Is.EqualTo(5.56m));
            Assert.That(capture.Total, Is.EqualTo(113.27m));
        });
        AssertAddsUp(capture);
    }

    [Test]
    public void Two_partial_shipments_add_up_to_the_order_total_to_the_last_halala()
    {
        var order = SarOrder();
        var first = CaptureAllocator.ForShipment(order, [], new Dictionary<int, int> { [1] = 1, [2] = 1 }, "SAR");
        var second = CaptureAllocator.ForShipment(order, [first], new Dictionary<int, int> { [1] = 2 }, "SAR");

        Assert.Multiple(() =>
        {
            Assert.That(second.Shipping, Is.Zero);
            Assert.That(second.Lines.Single().Total, Is.EqualTo(66.66m));
            Assert.That(second.Discount, Is.EqualTo(4.44m));
            Assert.That(first.Total + second.Total, Is.EqualTo(order.Total));
            Assert.That(first.Tax + second.Tax, Is.EqualTo(order.Tax));
        });
        AssertAddsUp(second);
    }

    [Test]
    public void Capture_of_third_shipment_takes_the_remainder_to_the_last_fils()
    {
        var order = KwdOrder();
        var oneEach = new Dictionary<int, int> { [7] = 1 };
        var first = CaptureAllocator.ForShipment(order, [], oneEach, "KWD");
        var second = CaptureAllocator.ForShipment(order, [first], oneEach, "KWD");
        var third = CaptureAllocator.ForShipment(order, [first, second], oneEach, "KWD");

        Assert.Multiple(() =>
        {
            Assert.That(new[] { first.Total, second.Total, third.Total }, Is.EqualTo(new[] { 4.416m, 3.166m, 3.168m }));
            Assert.That(third.Lines.Single().Total, Is.EqualTo(3.334m));
            Assert.That(first.Total + second.Total + third.Total, Is.EqualTo(10.750m));
        });
        AssertAddsUp(first);
        AssertAddsUp(third);
    }

    [Test]
    public void A_shipment_never_takes_more_items_than_remain_uncaptured()
    {
        var order = KwdOrder();
        var first = CaptureAllocator.ForShipment(order, [], new Dictionary<int, int> { [7] = 2 }, "KWD");
        var second = CaptureAllocator.ForShipment(order, [first], new Dictionary<int, int> { [7] = 5 }, "KWD");

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
}
