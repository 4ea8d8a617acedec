namespace Ics2Port.Functions.Supplies;

using Ics2Port.Functions.Fallback.Delivery;
using Ics2Port.Storage.Documents;
using Ics2Port.Storage.Supplies;

/// <summary>
/// A ship supply's versions on their way to the port system, with the same outage procedure as documents (SUP-IN-SYSTEM):
/// each version is sent as documents are and its state (<c>delivered</c>, <c>pending</c>, a fallback state,
/// <c>re-entered</c>) read from that way. A version the process stored but did not get to send is sent when it is next read.
/// </summary>
public sealed class SupplyDelivery(FilingDelivery filings, SupplyStore supplies)
{
    /// <summary>Sends a stored supply version and answers it with its state after the bounded wait.</summary>
    public async Task<DocumentVersion> SendAsync(DocumentVersion version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(version);
        var content = await supplies.ReadContentAsync(version, cancellationToken);
        var submission = FilingDelivery.Submission(version.Direction, version.PortCallId, version.AgentId, version.Type, content.ToMemory(), version.Sha256, version.ReceivedAt);
        var sent = await filings.SendAsync(submission, version.Version, cancellationToken);
        return version with { State = sent.State };
    }

    /// <summary>The supply version with its delivery state; one never sent is sent now.</summary>
    public async Task<DocumentVersion> WithStateAsync(DocumentVersion version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(version);
        return await filings.FindAsync(version.PortCallId, version.Direction, version.Type, version.Version, cancellationToken) is { } sent
            ? version with { State = sent.State }
            : await SendAsync(version, cancellationToken);
    }
}
