using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Nop.Plugin.Payments.Tamara.Api.Serialization;

namespace Nop.Plugin.Payments.Tamara.Api.Http;

/// <summary>
/// A successful answer from Tamara, not yet read into a model.
/// </summary>
internal sealed record TamaraResponse(int StatusCode, JToken Json, HttpMethod Method, string Path)
{
    /// <summary>
    /// Reads the answer as <typeparamref name="T"/>; an empty answer gives a default instance.
    /// </summary>
    /// <exception cref="TamaraInvalidResponseException">The JSON does not fit <typeparamref name="T"/>.</exception>
    public T Read<T>() where T : new()
    {
        if (Json.Type == JTokenType.Null)
            return new T();

        try
        {
            return TamaraJson.ToObject<T>(Json);
        }
        catch (Exception exception) when (exception is JsonException or FormatException or InvalidCastException or OverflowException or ArgumentException)
        {
            throw new TamaraInvalidResponseException($"Tamara's answer to {Method} /{Path} does not have the shape of {typeof(T).Name}.",
                StatusCode, exception) { Method = Method.Method, Path = "/" + Path };
        }
    }
}
