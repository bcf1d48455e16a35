using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Tamara.Emulator.Tests.Support;

/// <summary>A request the merchant's server received.</summary>
public sealed record ReceivedNotification(string Path, string Query, string? Authorization, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? QueryToken => System.Web.HttpUtility.ParseQueryString(Query)["tamaraToken"];
}

/// <summary>A merchant server on 127.0.0.1 that records what it receives and answers planned status codes (then 200).</summary>
public sealed class NotificationReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<int> _plannedStatuses = new();
    private readonly ConcurrentQueue<ReceivedNotification> _received = new();

    private NotificationReceiver(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public IReadOnlyList<ReceivedNotification> Received => _received.ToList();

    public static async Task<NotificationReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        NotificationReceiver? receiver = null;
        app.Run(async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            var headers = context.Request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            receiver!._received.Enqueue(new ReceivedNotification(context.Request.Path, context.Request.QueryString.Value ?? string.Empty,
                context.Request.Headers.Authorization.ToString(), headers, body));
            context.Response.StatusCode = receiver._plannedStatuses.TryDequeue(out var status) ? status : StatusCodes.Status200OK;
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver = new NotificationReceiver(app, address.TrimEnd('/'));
        return receiver;
    }

    /// <summary>The next calls are answered with these status codes, in order.</summary>
    public void AnswerNext(params int[] statusCodes)
    {
        foreach (var status in statusCodes)
            _plannedStatuses.Enqueue(status);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
