using Nop.Core;
using Nop.Core.Caching;
using Nop.Plugin.Payments.Tamara.Api.Notifications;
using Nop.Plugin.Payments.Tamara.Services.Orders;
using Nop.Services.Logging;

namespace Nop.Plugin.Payments.Tamara.Services.Notifications;

/// <summary>
/// Handles a notification posted by Tamara: verifies it, finds the order and synchronises it
/// </summary>
/// <remarks>
/// The token does not cover the body, so the body only says which order to look at: what happens depends on
/// the order as Tamara reports it when read.
/// </remarks>
public class TamaraNotificationHandler
{
    #region Fields

    private readonly ILogger _logger;
    private readonly IStaticCacheManager _staticCacheManager;
    private readonly IStoreContext _storeContext;
    private readonly ITamaraTokenVerifier _tokenVerifier;
    private readonly TamaraClientProvider _clientProvider;
    private readonly TamaraOrderLocator _orderLocator;
    private readonly TamaraOrderSynchronizer _synchronizer;

    #endregion

    #region Ctor

    public TamaraNotificationHandler(ILogger logger,
        IStaticCacheManager staticCacheManager,
        IStoreContext storeContext,
        ITamaraTokenVerifier tokenVerifier,
        TamaraClientProvider clientProvider,
        TamaraOrderLocator orderLocator,
        TamaraOrderSynchronizer synchronizer)
    {
        _logger = logger;
        _staticCacheManager = staticCacheManager;
        _storeContext = storeContext;
        _tokenVerifier = tokenVerifier;
        _clientProvider = clientProvider;
        _orderLocator = orderLocator;
        _synchronizer = synchronizer;
    }

    #endregion

    #region Utilities

    /// <summary>
    /// Logs a warning the first time only: Tamara delivers a refused notification again and again, and each delivery
    /// would otherwise add the same line to the log (remembered in the static cache, shared by a web farm's nodes)
    /// </summary>
    private async Task WarnOnceAsync(string subject, string message)
    {
        var first = false;
        var key = _staticCacheManager.PrepareKeyForDefaultCache(TamaraDefaults.NotificationLoggedCacheKey, subject);
        key.CacheTime = TamaraDefaults.NotificationLoggedMinutes;
        await _staticCacheManager.GetAsync(key, () => first = true);

        if (first)
            await _logger.WarningAsync(message);
    }

    #endregion

    #region Methods

    /// <summary>
    /// Handles a notification
    /// </summary>
    /// <param name="body">Raw request body</param>
    /// <param name="authorizationHeader">Authorization header, or null</param>
    /// <param name="queryToken">tamaraToken query parameter, or null</param>
    /// <returns>A task whose result tells how to answer Tamara</returns>
    public async Task<TamaraNotificationOutcome> HandleAsync(string? body, string? authorizationHeader, string? queryToken)
    {
        var store = await _storeContext.GetCurrentStoreAsync();
        var settings = await _clientProvider.LoadSettingsAsync(store.Id);

        var verification = _tokenVerifier.Verify(authorizationHeader, queryToken, settings.NotificationToken);
        if (!verification.IsValid)
        {
            await WarnOnceAsync($"token-{verification.Failure}", $"Tamara notification refused: {verification.Reason}");
            return TamaraNotificationOutcome.Unauthorized;
        }

        if (!TamaraNotificationParser.TryParse(body, out var notification))
        {
            await WarnOnceAsync("malformed", "Tamara notification refused: the body is not a Tamara notification");
            return TamaraNotificationOutcome.Malformed;
        }

        var order = await _orderLocator.FindAsync(store.Id, notification.OrderId, notification.OrderReferenceId);
        if (order is null)
        {
            await WarnOnceAsync($"order-{notification.OrderId}",
                $"Tamara notification {notification.EventName} for unknown Tamara order {notification.OrderId} (reference {notification.OrderReferenceId})");
            return TamaraNotificationOutcome.UnknownOrder;
        }

        var result = await _synchronizer.SyncAsync(order, TamaraSyncTrigger.Webhook, tamaraOrderId: notification.OrderId);

        return result.Outcome switch
        {
            TamaraSyncOutcome.Synced => TamaraNotificationOutcome.Processed,
            TamaraSyncOutcome.NoTamaraOrder => TamaraNotificationOutcome.UnknownOrder,
            _ => TamaraNotificationOutcome.RetryLater
        };
    }

    #endregion
}
