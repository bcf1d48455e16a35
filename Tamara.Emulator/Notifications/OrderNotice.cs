using System.Text.Json.Nodes;

namespace Tamara.Emulator.Notifications;

/// <summary>What happened to an order, to be told to the merchant: one per status change or money movement.</summary>
internal sealed record OrderNotice(string OrderId, string OrderReferenceId, string? OrderNumber, string Status, string EventType,
    JsonNode Data, string? NotificationUrl);
