namespace Nop.Plugin.Payments.Tamara.Tests.Support.Journeys;

/// <summary>
/// The proof's figures: how many journeys ran under how many faults, and what went wrong in the books (each must be 0), with a
/// line per finding naming the journey and the order
/// </summary>
public sealed class Figures
{
    private readonly object _sync = new();

    public int Journeys { get; private set; }
    public int Faults { get; private set; }
    public int OrdersLost { get; private set; }
    public int DoubleCaptures { get; private set; }
    public int DoubleRefunds { get; private set; }
    public int LeftInApproved { get; private set; }
    public int AmountDifferences { get; private set; }
    public List<string> Findings { get; } = [];

    public bool Balanced => OrdersLost + DoubleCaptures + DoubleRefunds + LeftInApproved + AmountDifferences == 0;

    public void Add(Figures journey)
    {
        lock (_sync)
        {
            Journeys += journey.Journeys;
            Faults += journey.Faults;
            OrdersLost += journey.OrdersLost;
            DoubleCaptures += journey.DoubleCaptures;
            DoubleRefunds += journey.DoubleRefunds;
            LeftInApproved += journey.LeftInApproved;
            AmountDifferences += journey.AmountDifferences;
            Findings.AddRange(journey.Findings);
        }
    }

    public void CountJourney() => Journeys++;

    public void CountFaults(int count) => Faults += count;

    public void Lost(string finding) => Record(() => OrdersLost++, "lost", finding);

    public void DoubleCapture(int count, string finding) => Record(() => DoubleCaptures += count, "double capture", finding);

    public void DoubleRefund(string finding) => Record(() => DoubleRefunds++, "double refund", finding);

    public void Approved(string finding) => Record(() => LeftInApproved++, "left in approved", finding);

    public void AmountDiffers(string finding) => Record(() => AmountDifferences++, "amounts differ", finding);

    private void Record(Action count, string kind, string finding)
    {
        count();
        Findings.Add($"{kind}: {finding}");
    }

    /// <summary>
    /// The one line the suites print
    /// </summary>
    public override string ToString() =>
        $"{Journeys} journeys run, {Faults} faults injected, {OrdersLost} orders lost, {DoubleCaptures} double captures, " +
        $"{DoubleRefunds} double refunds, {LeftInApproved} orders left in approved, {AmountDifferences} amounts differ between Tamara and nopCommerce";
}
