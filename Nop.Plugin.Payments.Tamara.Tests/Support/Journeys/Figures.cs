namespace Nop.Plugin.Payments.Tamara.Tests.Support.Journeys;

/// <summary>
/// The proof's figures: how many journeys ran under how many faults, and what went wrong in the books (each must be 0). A finding
/// counts once per journey, order and kind however many audits see it.
/// </summary>
public sealed class Figures
{
    public const string LOST = "order lost";
    public const string DOUBLE_CAPTURE = "double capture";
    public const string DOUBLE_REFUND = "double refund";
    public const string APPROVED = "left in approved";
    public const string AMOUNTS = "amounts differ";

    private readonly object _sync = new();
    private readonly Dictionary<(string Kind, string Journey, int OrderId), (int Count, string Text)> _findings = new();

    public int Journeys { get; private set; }
    public int Faults { get; private set; }
    public int OrdersLost => Count(LOST);
    public int DoubleCaptures => Count(DOUBLE_CAPTURE);
    public int DoubleRefunds => Count(DOUBLE_REFUND);
    public int LeftInApproved => Count(APPROVED);
    public int AmountDifferences => Count(AMOUNTS);

    public IReadOnlyList<string> Findings
    {
        get
        {
            lock (_sync)
                return _findings.Select(finding => $"{finding.Key.Kind}: {finding.Value.Text}").ToList();
        }
    }

    public bool Balanced => Findings.Count == 0;

    private int Count(string kind)
    {
        lock (_sync)
            return _findings.Where(finding => finding.Key.Kind == kind).Sum(finding => finding.Value.Count);
    }

    public void Record(string kind, string journey, int orderId, string text, int count = 1)
    {
        lock (_sync)
        {
            if (!_findings.TryGetValue((kind, journey, orderId), out var known) || known.Count < count)
                _findings[(kind, journey, orderId)] = (count, text);
        }
    }

    public void CountJourney() => Journeys++;

    public void CountFaults(int count) => Faults += count;

    /// <summary>
    /// Adds the figures of another audit or journey
    /// </summary>
    public void Add(Figures other)
    {
        lock (_sync)
        {
            Journeys += other.Journeys;
            Faults += other.Faults;
            foreach (var ((kind, journey, orderId), (count, text)) in other._findings)
                Record(kind, journey, orderId, text, count);
        }
    }

    /// <summary>
    /// The one line the fault suite prints
    /// </summary>
    public override string ToString() =>
        $"{Journeys} journeys run, {Faults} faults injected, {OrdersLost} orders lost, {DoubleCaptures} double captures, " +
        $"{DoubleRefunds} double refunds, {LeftInApproved} orders left in approved, {AmountDifferences} amounts differ between Tamara and nopCommerce";
}
