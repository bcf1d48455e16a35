namespace Nop.Plugin.Payments.Tamara.Services.Orders;

/// <summary>
/// How a synchronisation ended
/// </summary>
public enum TamaraSyncOutcome
{
    /// <summary>
    /// The order now matches what Tamara says (nothing may have needed to change)
    /// </summary>
    Synced,

    /// <summary>
    /// Another request holds the order's lock and is synchronising it: try again shortly
    /// </summary>
    Busy,

    /// <summary>
    /// The order has no Tamara order, or Tamara does not know it
    /// </summary>
    NoTamaraOrder,

    /// <summary>
    /// Tamara could not be reached or refused to answer: try again later
    /// </summary>
    TamaraUnavailable
}
