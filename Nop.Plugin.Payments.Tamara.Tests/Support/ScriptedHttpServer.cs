using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Tamara.Emulator;

namespace Nop.Plugin.Payments.Tamara.Tests.Support;

/// <summary>
/// A real HTTP server on 127.0.0.1 (free port) that records every request and answers from a script: per method and path,
/// the scripted replies in order, the last one repeating. Unscripted requests get 404.
/// </summary>
public sealed class ScriptedHttpServer : IAsyncDisposable
{
    #region Fields

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<ScriptedReply>> _scripts = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    #endregion

    #region Ctor

    private ScriptedHttpServer(WebApplication app)
    {
        _app = app;
    }

    #endregion

    #region Utilities

    private static string Key(string method, string path) => $"{method.ToUpperInvariant()} {path}";

    private ScriptedReply NextReply(string method, string path)
    {
        if (!_scripts.TryGetValue(Key(method, path), out var replies))
            return ScriptedReply.Json(404, """{"message":"Not scripted in the test"}""");

        lock (replies)
        {
            if (replies.Count > 1 && replies.TryDequeue(out var next))
                return next;

            return replies.TryPeek(out var last) ? last : ScriptedReply.Empty(500);
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var headers = context.Request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var path = context.Request.Path.Value ?? "/";
        _requests.Enqueue(new RecordedRequest(context.Request.Method, path, context.Request.QueryString.Value ?? string.Empty, headers, body));

        var reply = NextReply(context.Request.Method, path);
        if (reply.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(reply.Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        if (reply.DropConnection)
        {
            context.Abort();
            return;
        }

        if (reply.HeldAnswer)
        {
            context.Response.StatusCode = reply.StatusCode;
            context.Response.Headers[TamaraEmulatorHost.LateAnswerHeader] = "held";
            await context.Response.Body.FlushAsync();
            try
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The caller gave up: the answer is never sent.
            }

            return;
        }

        context.Response.StatusCode = reply.StatusCode;
        if (reply.Body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(reply.Body);
        }
    }

    #endregion

    #region Methods

    public static async Task<ScriptedHttpServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(5));

        var app = builder.Build();
        var server = new ScriptedHttpServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();

        return server;
    }

    /// <summary>Where the server listens, e.g. http://127.0.0.1:54321/.</summary>
    public Uri BaseUrl => new(_app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First() + "/");

    /// <summary>Every request received so far, in order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => _requests.ToList();

    /// <summary>Answers <paramref name="method"/> <paramref name="path"/> with the replies in order, the last one repeating.</summary>
    public void Script(string method, string path, params ScriptedReply[] replies)
    {
        _scripts[Key(method, path)] = new ConcurrentQueue<ScriptedReply>(replies);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    #endregion
}
