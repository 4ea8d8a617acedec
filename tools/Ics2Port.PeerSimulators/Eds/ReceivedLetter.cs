namespace Ics2Port.PeerSimulators.Eds;

/// <summary>One letter the EDS filed, and how many requests sent it.</summary>
public sealed record ReceivedLetter(
    string LetterId,
    string IdempotencyKey,
    string Category,
    string Subject,
    string Body,
    IReadOnlyList<ReceivedAttachment> Attachments,
    string Fingerprint,
    DateTimeOffset ReceivedAt,
    int Requests);
