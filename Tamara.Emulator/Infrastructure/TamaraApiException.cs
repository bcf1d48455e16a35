using System.Net;
using System.Text.Json.Nodes;

namespace Tamara.Emulator.Infrastructure;

/// <summary>One entry of Tamara's errors array: {"error_code": "...", "data": {...}}.</summary>
internal sealed record TamaraError(string ErrorCode, JsonObject? Data = null);

/// <summary>An API answer in Tamara's error shape: {"message": "...", "errors": [...]}.</summary>
internal sealed class TamaraApiException : Exception
{
    public TamaraApiException(HttpStatusCode statusCode, string message, params TamaraError[] errors)
        : base(message)
    {
        StatusCode = statusCode;
        Errors = errors;
    }

    public HttpStatusCode StatusCode { get; }

    public IReadOnlyList<TamaraError> Errors { get; }

    public static TamaraApiException OrderNotFound(string orderId) =>
        new(HttpStatusCode.NotFound, $"Order {orderId} is not found", new TamaraError("order_not_found"));

    /// <summary>The order's status forbids the action (Tamara answers 409; callers re-read the order).</summary>
    public static TamaraApiException Conflict(string message, string errorCode) =>
        new(HttpStatusCode.Conflict, message, new TamaraError(errorCode));

    public JsonObject ToJson()
    {
        var errors = new JsonArray();
        foreach (var error in Errors)
        {
            errors.Add(new JsonObject
            {
                ["error_code"] = error.ErrorCode,
                ["data"] = error.Data?.DeepClone() ?? new JsonObject()
            });
        }

        return new JsonObject { ["message"] = Message, ["errors"] = errors };
    }
}
