namespace Nop.Plugin.Payments.Tamara.Services.AfterSale;

/// <summary>
/// What the plugin does at Tamara for an admin action (the cells of the admin-action model)
/// </summary>
public enum TamaraReaction
{
    /// <summary>
    /// Nothing is sent and nothing written: Tamara holds nothing the action concerns (the step that led here noted its own work)
    /// </summary>
    Nothing,

    /// <summary>
    /// A note on the order, no call that moves money (the store owner is told what Tamara holds and what to do)
    /// </summary>
    Note,

    /// <summary>
    /// The action is refused with a message to the admin (a button's error); nothing is sent
    /// </summary>
    Refuse,

    /// <summary>
    /// Tamara is read first, and the action decided again on the status read
    /// </summary>
    Read,

    /// <summary>
    /// The approved order is authorised
    /// </summary>
    Authorise,

    /// <summary>
    /// What can be captured is captured
    /// </summary>
    Capture,

    /// <summary>
    /// What Tamara still holds open is cancelled
    /// </summary>
    Cancel,

    /// <summary>
    /// The approved order is authorised, then cancelled at once, so the shopper's first instalment is released
    /// </summary>
    AuthoriseThenCancel,

    /// <summary>
    /// The refund is sent, capped by what Tamara can refund
    /// </summary>
    Refund
}
