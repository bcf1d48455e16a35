namespace Nop.Plugin.Payments.Tamara.Domain;

/// <summary>
/// The moment an authorised Tamara order is captured
/// </summary>
public enum CaptureTrigger
{
    ShipmentSent = 0,
    ShipmentDelivered = 1,

    /// <summary>
    /// Only when the store owner presses Capture (or Tamara auto-captures after 21 days)
    /// </summary>
    Manual = 2
}
