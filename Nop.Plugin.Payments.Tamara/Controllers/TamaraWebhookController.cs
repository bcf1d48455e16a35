using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Payments.Tamara.Services.Notifications;

namespace Nop.Plugin.Payments.Tamara.Controllers;

/// <summary>
/// Receives Tamara's notifications: the per-order notification URL and the registered webhooks post here (server to server, no antiforgery)
/// </summary>
public class TamaraWebhookController : Controller
{
    #region Fields

    private const int MAX_BODY_LENGTH = 64 * 1024;

    private readonly TamaraNotificationHandler _notificationHandler;

    #endregion

    #region Ctor

    public TamaraWebhookController(TamaraNotificationHandler notificationHandler)
    {
        _notificationHandler = notificationHandler;
    }

    #endregion

    #region Utilities

    private async Task<string?> ReadBodyAsync()
    {
        using var reader = new StreamReader(Request.Body, Encoding.UTF8);
        var buffer = new char[MAX_BODY_LENGTH + 1];
        var length = await reader.ReadBlockAsync(buffer, 0, buffer.Length);

        return length > MAX_BODY_LENGTH ? null : new string(buffer, 0, length);
    }

    /// <summary>
    /// Answers with a small JSON body: an empty 4xx answer would go through nopCommerce's status code pages, which show
    /// the HTML "page not found" page and log "Error 404" at each of Tamara's retries
    /// </summary>
    private static JsonResult Answer(TamaraNotificationOutcome outcome)
    {
        var (statusCode, message) = outcome switch
        {
            TamaraNotificationOutcome.Processed => (StatusCodes.Status200OK, "processed"),
            TamaraNotificationOutcome.Unauthorized => (StatusCodes.Status401Unauthorized, "invalid tamaraToken"),
            TamaraNotificationOutcome.Malformed => (StatusCodes.Status400BadRequest, "not a Tamara notification"),
            TamaraNotificationOutcome.UnknownOrder => (StatusCodes.Status404NotFound, "unknown order"),
            _ => (StatusCodes.Status503ServiceUnavailable, "busy, deliver again later")
        };

        return new JsonResult(new { message }) { StatusCode = statusCode };
    }

    #endregion

    #region Methods

    [HttpPost]
    public async Task<IActionResult> Handle()
    {
        var body = await ReadBodyAsync();
        var outcome = await _notificationHandler.HandleAsync(body, Request.Headers.Authorization.ToString(), Request.Query["tamaraToken"].ToString());

        if (outcome == TamaraNotificationOutcome.RetryLater)
            //another request is working on this order, or Tamara cannot be read now: Tamara delivers again later
            Response.Headers.RetryAfter = "10";

        return Answer(outcome);
    }

    #endregion
}
