using Nop.Core.Domain.Shipping;
using Nop.Plugin.Payments.Tamara.Domain;

namespace Nop.Plugin.Payments.Tamara.Services.AfterSale;

/// <summary>
/// The one rule for when a shipment is captured: the moment the capture trigger setting names; a pickup-in-store
/// shipment is never sent, so with "when sent" it is captured once ready for pickup (or delivered)
/// </summary>
public static class CaptureMoment
{
    /// <summary>
    /// What a shipment went through in nopCommerce
    /// </summary>
    public enum Milestone
    {
        Sent,
        ReadyForPickup,
        Delivered
    }

    /// <summary>
    /// Gets a value indicating whether a shipment that reached a milestone is captured under the store's trigger
    /// </summary>
    public static bool IsReached(CaptureTrigger trigger, Milestone milestone, bool pickupInStore) => trigger switch
    {
        CaptureTrigger.ShipmentSent => milestone == Milestone.Sent || pickupInStore,
        CaptureTrigger.ShipmentDelivered => milestone == Milestone.Delivered,
        _ => false
    };

    /// <summary>
    /// Gets a value indicating whether a shipment has already reached its capture moment, from the dates nopCommerce keeps
    /// on it (a shipment sent before Tamara's authorisation reached the store is captured once it does)
    /// </summary>
    public static bool IsReached(CaptureTrigger trigger, Shipment shipment, bool pickupInStore) =>
        shipment.ShippedDateUtc is not null && IsReached(trigger, Milestone.Sent, pickupInStore)
        || shipment.ReadyForPickupDateUtc is not null && IsReached(trigger, Milestone.ReadyForPickup, pickupInStore)
        || shipment.DeliveryDateUtc is not null && IsReached(trigger, Milestone.Delivered, pickupInStore);
}
