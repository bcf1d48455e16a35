using System.Text.Json.Nodes;

namespace Tamara.Emulator.Tests.Support;

/// <summary>The sample requests and responses of seed 000, exactly as the seed prints them.</summary>
public static class Seeds
{
    public static string Text(string name) => File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Seeds", name + ".json"));

    public static JsonObject Json(string name) => JsonNode.Parse(Text(name))!.AsObject();

    /// <summary>The seed's checkout request with its notification URL pointed at a local receiver (never the internet).</summary>
    public static JsonObject CheckoutRequest(string? notificationUrl)
    {
        var request = Json("checkout-request");
        if (notificationUrl is null)
            request["merchant_url"]!.AsObject().Remove("notification");
        else
            request["merchant_url"]!["notification"] = notificationUrl;
        return request;
    }

    /// <summary>The names of an object's fields, to compare shapes.</summary>
    public static IEnumerable<string> FieldsOf(JsonObject value) => value.Select(field => field.Key).OrderBy(name => name, StringComparer.Ordinal);
}
