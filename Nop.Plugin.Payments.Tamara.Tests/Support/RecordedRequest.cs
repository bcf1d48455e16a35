namespace Nop.Plugin.Payments.Tamara.Tests.Support;

/// <summary>
/// A request <see cref="ScriptedHttpServer"/> received.
/// </summary>
public sealed record RecordedRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
