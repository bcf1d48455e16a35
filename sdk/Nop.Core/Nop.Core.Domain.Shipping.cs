namespace Nop.Core.Domain.Shipping;

public partial class Shipment : BaseEntity
{
    public DateTime CreatedOnUtc { get; set; }
    public DateTime? DeliveryDateUtc { get; set; }
    public int OrderId { get; set; }
    public DateTime? ReadyForPickupDateUtc { get; set; }
    public DateTime? ShippedDateUtc { get; set; }
    public string TrackingNumber { get; set; }
}

public partial class ShipmentDeliveredEvent
{
    public ShipmentDeliveredEvent(Shipment shipment) { Shipment = shipment; }
    public Shipment Shipment { get; }
}

public partial class ShipmentItem : BaseEntity
{
    public int OrderItemId { get; set; }
    public int Quantity { get; set; }
    public int ShipmentId { get; set; }
}

public partial class ShipmentReadyForPickupEvent
{
    public ShipmentReadyForPickupEvent(Shipment shipment) { Shipment = shipment; }
    public Shipment Shipment { get; }
}

public partial class ShipmentSentEvent
{
    public ShipmentSentEvent(Shipment shipment) { Shipment = shipment; }
    public Shipment Shipment { get; }
}

public enum ShippingStatus
{
    Delivered = 40,
    NotYetShipped = 20,
    PartiallyShipped = 25,
    Shipped = 30,
    ShippingNotRequired = 10,
}
