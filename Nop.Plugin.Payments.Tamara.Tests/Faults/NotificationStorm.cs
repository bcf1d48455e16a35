using System.Net.Http.Headers;
using System.Text;
using Nop.Plugin.Payments.Tamara.Tests.Support.Journeys;
using Tamara.Emulator.Notifications;

namespace Nop.Plugin.Payments.Tamara.Tests.Faults;

/// <summary>
/// Delivers every notification Tamara sent four times more (five in all), all at once and shuffled, so the store meets duplicates,
/// concurrent deliveries and older news after newer
/// </summary>
public sealed class NotificationStorm
{
    private const int EXTRA_COPIES = 4;

    private readonly HashSet<int> _replayed = [];
    private readonly Random _random;

    public NotificationStorm(int seed)
    {
        _random = new Random(seed);
    }

    private static async Task DeliverAsync(HttpClient client, NotificationRecord notification)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, notification.Url) { Content = new StringContent(notification.Payload, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", notification.Token);
        using var _ = await client.SendAsync(request);
    }

    /// <summary>
    /// Replays the notifications sent since the last storm; answers how many deliveries were added
    /// </summary>
    public async Task<int> ReplayNewAsync(Journey journey)
    {
        await journey.TamaraNotifiesAsync();
        var copies = journey.Merchants.SelectMany(merchant => merchant.Notifications)
            .Where(notification => !notification.IsDuplicate && _replayed.Add(notification.Id))
            .SelectMany(notification => Enumerable.Repeat(notification, EXTRA_COPIES))
            .OrderBy(_ => _random.Next())
            .ToList();

        using var client = new HttpClient();
        await Task.WhenAll(copies.Select(notification => DeliverAsync(client, notification)));
        return copies.Count;
    }
}
