namespace Tamara.Emulator.Infrastructure;

/// <summary>Answers every <see cref="TamaraApiException"/> in Tamara's error shape.</summary>
internal sealed class TamaraErrorMiddleware
{
    #region Fields

    private readonly RequestDelegate _next;

    #endregion

    #region Ctor

    public TamaraErrorMiddleware(RequestDelegate next)
    {
        _next = next;
    }

    #endregion

    #region Methods

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await _next(context);
        }
        catch (TamaraApiException exception) when (!context.Response.HasStarted)
        {
            context.Response.StatusCode = (int)exception.StatusCode;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(TamaraJson.Write(exception.ToJson()));
        }
    }

    #endregion
}
