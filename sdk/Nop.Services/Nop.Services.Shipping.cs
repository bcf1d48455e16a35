using Nop.Core.Domain.Shipping;
using Nop.Services.Shipping.Tracking;

namespace Nop.Services.Shipping;

public partial interface IShipmentService
{
    Task<Shipment> GetShipmentByIdAsync(int shipmentId);
    Task<IList<ShipmentItem>> GetShipmentItemsByShipmentIdAsync(int shipmentId);
    Task<IShipmentTracker> GetShipmentTrackerAsync(Shipment shipment);
    Task<IList<Shipment>> GetShipmentsByOrderIdAsync(int orderId, bool? shipped = null, bool? readyForPickup = null, int vendorId = 0);
}
