namespace Ics2Port.Functions.Fallback.Inbox;

/// <summary>One attachment of a posted e-mail (CONTRACT.md).</summary>
public sealed record InboxAttachment(string? FileName, string? ContentType, string? ContentBase64);
