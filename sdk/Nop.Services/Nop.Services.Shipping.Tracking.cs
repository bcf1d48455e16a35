using Nop.Core.Domain.Shipping;

namespace Nop.Services.Shipping.Tracking;

public partial interface IShipmentTracker
{
    Task<string> GetUrlAsync(string trackingNumber, Shipment shipment = null);
}
