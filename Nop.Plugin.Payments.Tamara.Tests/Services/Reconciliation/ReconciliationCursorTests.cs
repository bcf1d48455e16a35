using Nop.Core.Domain.Orders;
using Nop.Plugin.Payments.Tamara.Services.Reconciliation;
using NUnit.Framework;

namespace Nop.Plugin.Payments.Tamara.Tests.Services.Reconciliation;

public class ReconciliationCursorTests
{
    private static readonly DateTime _placed = new(2026, 11, 29, 10, 0, 0, DateTimeKind.Utc);

    [Test]
    public void A_cursor_kept_as_text_reads_back_the_same()
    {
        var cursor = new ReconciliationCursor(_placed.AddTicks(7), 42);

        Assert.That(ReconciliationCursor.Parse(cursor.ToString()), Is.EqualTo(cursor));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("yesterday:42")]
    [TestCase("-5:42")]
    [TestCase("638:")]
    public void A_cursor_that_cannot_be_read_starts_the_pass_from_the_newest_order(string? text)
    {
        Assert.That(ReconciliationCursor.Parse(text), Is.Null);
    }

    [Test]
    public void Older_orders_and_same_tick_orders_with_a_lower_id_come_after_the_cursor()
    {
        var cursor = new ReconciliationCursor(_placed, 42);

        Assert.Multiple(() =>
        {
            Assert.That(cursor.IsPassedBy(new Order { Id = 99, CreatedOnUtc = _placed.AddTicks(-1) }), Is.True);
            Assert.That(cursor.IsPassedBy(new Order { Id = 41, CreatedOnUtc = _placed }), Is.True);
            Assert.That(cursor.IsPassedBy(new Order { Id = 42, CreatedOnUtc = _placed }), Is.False);
            Assert.That(cursor.IsReachedBy(new Order { Id = 42, CreatedOnUtc = _placed }), Is.True);
            Assert.That(cursor.IsReachedBy(new Order { Id = 43, CreatedOnUtc = _placed }), Is.False);
            Assert.That(cursor.IsReachedBy(new Order { Id = 1, CreatedOnUtc = _placed.AddTicks(1) }), Is.False);
        });
    }
}
