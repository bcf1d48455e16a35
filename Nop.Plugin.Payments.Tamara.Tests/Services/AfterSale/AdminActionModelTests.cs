using System.Text;
using Nop.Plugin.Payments.Tamara.Api.Models;
using Nop.Plugin.Payments.Tamara.Services.AfterSale;
using Nop.Plugin.Payments.Tamara.Tests.Support;
using NUnit.Framework;

namespace Nop.Plugin.Payments.Tamara.Tests.Services.AfterSale;

/// <summary>
/// The admin-action model is complete, speaks to the store owner where it refuses or notes, and docs/order-flow.md
/// shows exactly it
/// </summary>
[TestFixture]
public class AdminActionModelTests
{
    #region Utilities

    private const string HEADER_CELL = "Admin action";

    private static string StatusName(TamaraOrderStatus status) => status switch
    {
        TamaraOrderStatus.Unknown => "unknown",
        _ => typeof(TamaraOrderStatus).GetField(status.ToString())!
            .GetCustomAttributes(typeof(System.Runtime.Serialization.EnumMemberAttribute), false)
            .Cast<System.Runtime.Serialization.EnumMemberAttribute>().Single().Value!
    };

    private static string[] Cells(string line) => line.Trim().Trim('|').Split('|').Select(cell => cell.Trim().Trim('`')).ToArray();

    /// <summary>
    /// The table as the model says it should read, to paste into docs/order-flow.md
    /// </summary>
    private static string ExpectedTable()
    {
        var table = new StringBuilder();
        table.AppendLine($"| {HEADER_CELL} | {string.Join(" | ", AdminActionModel.Statuses.Select(status => $"`{StatusName(status)}`"))} |");
        table.AppendLine($"|---|{string.Join("|", AdminActionModel.Statuses.Select(_ => "---"))}|");
        foreach (var action in AdminActionModel.Actions)
            table.AppendLine($"| {AdminActionModel.Label(action)} | {string.Join(" | ", AdminActionModel.Statuses.Select(status => AdminActionModel.Word(AdminActionModel.Decide(action, status).Reaction)))} |");

        return table.ToString();
    }

    private static List<string[]> DocumentedTable()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryFiles.Root(), "docs", "order-flow.md"));
        var start = Array.FindIndex(lines, line => line.StartsWith($"| {HEADER_CELL} |", StringComparison.Ordinal));
        Assert.That(start, Is.GreaterThanOrEqualTo(0), $"docs/order-flow.md has no table starting with '| {HEADER_CELL} |'. It should read:\n{ExpectedTable()}");

        return lines.Skip(start).TakeWhile(line => line.StartsWith('|')).Where((_, index) => index != 1).Select(Cells).ToList();
    }

    #endregion

    [Test]
    public void Every_admin_action_has_one_rule_for_every_Tamara_status()
    {
        Assert.That(AdminActionModel.Statuses, Is.EquivalentTo(Enum.GetValues<TamaraOrderStatus>()));
        Assert.That(AdminActionModel.Rules.Count(), Is.EqualTo(Enum.GetValues<AdminAction>().Length * Enum.GetValues<TamaraOrderStatus>().Length));
    }

    [Test]
    public void A_refusal_or_a_note_tells_the_store_owner_why_and_nothing_else_carries_a_message()
    {
        foreach (var rule in AdminActionModel.Rules)
        {
            var speaks = rule.Reaction is TamaraReaction.Refuse or TamaraReaction.Note;
            Assert.That(string.IsNullOrEmpty(rule.Message), Is.EqualTo(!speaks), $"{rule.Action} in {rule.Status}");
        }
    }

    [Test]
    public void A_status_Tamara_added_later_is_refused_by_a_button_and_noted_by_an_event_once_read()
    {
        Assert.That(AdminActionModel.DecideAfterReading(AdminAction.VoidOnline, TamaraOrderStatus.Unknown).Reaction, Is.EqualTo(TamaraReaction.Refuse));
        Assert.That(AdminActionModel.DecideAfterReading(AdminAction.VoidOffline, TamaraOrderStatus.Unknown).Reaction, Is.EqualTo(TamaraReaction.Note));
        Assert.That(AdminActionModel.Rules.Select(rule => AdminActionModel.DecideAfterReading(rule.Action, rule.Status).Reaction), Has.None.EqualTo(TamaraReaction.Read));
    }

    [Test]
    public void No_action_leaves_an_approved_order_approved_once_the_order_is_closed()
    {
        foreach (var action in new[] { AdminAction.CancelOrder, AdminAction.Delete, AdminAction.VoidOffline, AdminAction.VoidOnline, AdminAction.SyncNowClosedOrder })
            Assert.That(AdminActionModel.Decide(action, TamaraOrderStatus.Approved).Reaction, Is.EqualTo(TamaraReaction.AuthoriseThenCancel), action.ToString());
    }

    [Test]
    public void The_table_in_order_flow_md_is_the_model_cell_by_cell()
    {
        var documented = DocumentedTable();
        var expected = ExpectedTable();

        Assert.That(documented[0], Is.EqualTo(new[] { HEADER_CELL }.Concat(AdminActionModel.Statuses.Select(StatusName))), $"Columns differ. The table should read:\n{expected}");
        Assert.That(documented.Skip(1).Select(row => row[0]), Is.EqualTo(AdminActionModel.Actions.Select(AdminActionModel.Label)), $"Rows differ. The table should read:\n{expected}");
        foreach (var (row, action) in documented.Skip(1).Zip(AdminActionModel.Actions))
        {
            foreach (var (cell, status) in row.Skip(1).Zip(AdminActionModel.Statuses))
                Assert.That(cell, Is.EqualTo(AdminActionModel.Word(AdminActionModel.Decide(action, status).Reaction)),
                    $"{AdminActionModel.Label(action)} in {StatusName(status)}. The table should read:\n{expected}");
        }
    }
}
