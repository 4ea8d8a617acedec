namespace Ics2Port.Functions.Fallback.Inbox;

using System.Text.Json;

/// <summary>
/// The body of <c>POST /api/fallback/inbox</c> and of files at <c>fallback-inbox/{name}.json</c>: an e-mail customs received
/// during an outage. <c>to</c> may be one address or a list; <c>receivedAt</c> stays text until checked (FORMAT-DATE).
/// </summary>
public sealed record FallbackInboxMessage(
    string? MessageId,
    string? From,
    JsonElement? To,
    string? Subject,
    string? ReceivedAt,
    IReadOnlyList<InboxAttachment?>? Attachments);
