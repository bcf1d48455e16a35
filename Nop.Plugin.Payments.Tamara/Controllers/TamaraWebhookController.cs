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

    #endregion

    #region Methods

    [HttpPost]
    public async Task<IActionResult> Handle()
    {
        var body = await ReadBodyAsync();
        var outcome = await _notificationHandler.HandleAsync(body, Request.Headers.Authorization.ToString(), Request.Query["tamaraToken"].ToString());

        switch (outcome)
        {
            case TamaraNotificationOutcome.Processed:
                return Ok();
            case TamaraNotificationOutcome.Unauthorized:
                return Unauthorized();
            case TamaraNotificationOutcome.Malformed:
                return BadRequest();
            case TamaraNotificationOutcome.UnknownOrder:
                return NotFound();
            default:
                //another request is working on this order, or Tamara cannot be read now: Tamara delivers again later
                Response.Headers.RetryAfter = "10";
                return StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
    }

    #endregion
}
