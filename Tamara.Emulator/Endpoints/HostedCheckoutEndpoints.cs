using Tamara.Emulator.Checkout;
using Tamara.Emulator.Orders;

namespace Tamara.Emulator.Endpoints;

/// <summary>The shopper's side: the page at checkout_url and its three buttons. No API token: a browser comes here.</summary>
internal static class HostedCheckoutEndpoints
{
    #region Utilities

    private const string Html = "text/html; charset=utf-8";

    private static IResult NotFound(string checkoutId) =>
        Results.Content(HostedCheckoutPage.RenderNotFound(checkoutId), Html, statusCode: StatusCodes.Status404NotFound);

    private static IResult Page(string checkoutId, OrderBook orders) =>
        orders.TryReadByCheckoutId(checkoutId, HostedCheckoutPage.Render, out var page) ? Results.Content(page, Html) : NotFound(checkoutId);

    private static IResult Decide(string checkoutId, string decision, OrderBook orders)
    {
        if (!orders.TryReadByCheckoutId(checkoutId, order => (order.OrderId, order.Status), out var found))
            return NotFound(checkoutId);

        var (orderId, status) = found;
        if (status != OrderStatuses.New)
        {
            return Results.Content(orders.ReadByCheckoutId(checkoutId, HostedCheckoutPage.Render), Html,
                statusCode: StatusCodes.Status409Conflict);
        }

        switch (decision)
        {
            case "approve":
                orders.Approve(orderId, "Customer approved on the checkout page");
                break;
            case "decline":
                orders.Decline(orderId, "Customer declined on the checkout page");
                break;
            case "cancel":
                orders.RecordCustomerCancel(orderId);
                break;
            default:
                return Results.NotFound();
        }

        return Results.Redirect(orders.ReadByCheckoutId(checkoutId, order => HostedCheckoutPage.RedirectUrl(order, decision)),
            permanent: false, preserveMethod: false);
    }

    #endregion

    #region Methods

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/hosted/checkout/{checkoutId}", Page);
        app.MapPost("/hosted/checkout/{checkoutId}/{decision}", Decide).DisableAntiforgery();
    }

    #endregion
}
