namespace Ics2Port.Functions.Fallback.Delivery;

using Ics2Port.Storage.Documents;
using Ics2Port.Storage.Filings;

/// <summary>
/// Sends a permit application or a ship supply the way documents go (<see cref="FilingOutbox"/>): stored beside the port
/// call's documents, delivered off the request with the same bounded wait, and left to the timer, the fallback channels
/// and re-entry when the port system cannot take it. The answer's state is <c>delivered</c>, <c>pending</c> or <c>accepted</c>.
/// </summary>
public sealed class FilingDelivery(FilingOutbox outbox, NewVersionDelivery delivery)
{
    /// <summary>Puts version <paramref name="version"/> of the filing on its way and answers it as it stands after the bounded wait.</summary>
    public async Task<DocumentVersion> SendAsync(DocumentSubmission submission, int version, CancellationToken cancellationToken)
    {
        var filed = await outbox.PutAsync(submission, version, cancellationToken);
        return filed.State == DocumentStore.AcceptedState ? await delivery.StartAsync(filed, cancellationToken) : filed;
    }

    /// <summary>The filing's version as the port system's way knows it (its delivery state), or null when it was never put on it.</summary>
    public Task<DocumentVersion?> FindAsync(string portCallId, string kind, string filingId, int version, CancellationToken cancellationToken) =>
        outbox.FindAsync(portCallId, kind, filingId, version, cancellationToken);

    /// <summary>A filing's submission: the body exactly as received, owned by <paramref name="ownerId"/>.</summary>
    public static DocumentSubmission Submission(
        string kind, string portCallId, string ownerId, string filingId, ReadOnlyMemory<byte> body, string sha256, DateTimeOffset receivedAt) => new()
    {
        AgentId = ownerId,
        PortCallId = portCallId,
        Direction = kind,
        Type = filingId,
        Content = BinaryData.FromBytes(body),
        ContentType = "application/json",
        Extension = "json",
        Sha256 = sha256,
        ReceivedAt = receivedAt,
    };
}
