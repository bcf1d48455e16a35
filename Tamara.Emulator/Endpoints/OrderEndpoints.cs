using System.Text.Json.Nodes;
using Tamara.Emulator.Faults;
using Tamara.Emulator.Infrastructure;
using Tamara.Emulator.Orders;

namespace Tamara.Emulator.Endpoints;

/// <summary>Authorise, cancel, order details and the reference id of an order.</summary>
internal static class OrderEndpoints
{
    #region Utilities

    /// <summary>No body is needed; an empty body, {}, a form or {"order_id": ...} are all accepted and ignored.</summary>
    private static IResult Authorise(string orderId, OrderBook orders) => TamaraJson.Answer(orders.Authorise(orderId));

    private static async Task<IResult> CancelAsync(string orderId, HttpRequest request, OrderBook orders) =>
        TamaraJson.Answer(orders.Cancel(orderId, await TamaraJson.ReadObjectAsync(request)));

    private static IResult Details(string orderId, OrderBook orders) => TamaraJson.Answer(orders.Read(orderId, OrderJson.Details));

    private static IResult DetailsByReference(string orderReferenceId, OrderBook orders) =>
        TamaraJson.Answer(orders.ReadByReference(orderReferenceId, OrderJson.Details));

    private static async Task<IResult> UpdateReferenceIdAsync(string orderId, HttpRequest request, OrderBook orders)
    {
        var body = await TamaraJson.ReadObjectAsync(request);
        var validation = new RequestValidation();
        var orderReferenceId = validation.String(body, "order_reference_id", "order_reference_id", required: true);
        validation.ThrowIfAny();

        orders.UpdateReferenceId(orderId, orderReferenceId!);
        return TamaraJson.Answer(new JsonObject { ["message"] = "Order reference id was updated successfully" });
    }

    #endregion

    #region Methods

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/orders/{orderId}/authorise", Authorise).WithMetadata(new EndpointTag(EmulatedEndpoint.Authorise));
        app.MapPost("/orders/{orderId}/cancel", CancelAsync).WithMetadata(new EndpointTag(EmulatedEndpoint.Cancel));
        app.MapGet("/merchants/orders/{orderId}", Details).WithMetadata(new EndpointTag(EmulatedEndpoint.GetOrder));
        app.MapGet("/merchants/orders/reference-id/{orderReferenceId}", DetailsByReference)
            .WithMetadata(new EndpointTag(EmulatedEndpoint.GetOrderByReference));
        app.MapPut("/orders/{orderId}/reference-id", UpdateReferenceIdAsync).WithMetadata(new EndpointTag(EmulatedEndpoint.UpdateReferenceId));
    }

    #endregion
}
