using Tamara.Emulator.Faults;
using Tamara.Emulator.Infrastructure;
using Tamara.Emulator.Orders;

namespace Tamara.Emulator.Endpoints;

/// <summary>POST /payments/capture and POST /payments/simplified-refund/{order_id}.</summary>
internal static class PaymentEndpoints
{
    #region Utilities

    private static async Task<IResult> CaptureAsync(HttpRequest request, OrderBook orders)
    {
        var body = await TamaraJson.ReadObjectAsync(request);
        var validation = new RequestValidation();
        var orderId = validation.String(body, "order_id", "order_id", required: true);
        validation.ThrowIfAny();
        return TamaraJson.Answer(orders.Capture(orderId!, body));
    }

    private static async Task<IResult> RefundAsync(string orderId, HttpRequest request, OrderBook orders) =>
        TamaraJson.Answer(orders.Refund(orderId, await TamaraJson.ReadObjectAsync(request)));

    #endregion

    #region Methods

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/payments/capture", CaptureAsync).WithMetadata(new EndpointTag(EmulatedEndpoint.Capture));
        app.MapPost("/payments/simplified-refund/{orderId}", RefundAsync).WithMetadata(new EndpointTag(EmulatedEndpoint.Refund));
    }

    #endregion
}
