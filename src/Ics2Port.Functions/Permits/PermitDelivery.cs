namespace Ics2Port.Functions.Permits;

using Ics2Port.Functions.Fallback.Delivery;
using Ics2Port.Storage.Filings;
using Ics2Port.Storage.Permits;

/// <summary>
/// A permit application on its way to customs "electronically, using SKLOIS" (seed 003): sent as documents are, and its
/// state (<c>delivered</c>, <c>pending</c>, a fallback state, <c>re-entered</c>) read from that way. An application the
/// process stored but did not get to send (it died in between) is sent when it is next read.
/// </summary>
public sealed class PermitDelivery(FilingDelivery filings, PermitStore permits)
{
    private const int Version = 1;

    /// <summary>Sends the stored application and answers it with its state after the bounded wait.</summary>
    public async Task<PermitRecord> SendAsync(PermitRecord permit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(permit);
        var content = await permits.ReadContentAsync(permit, cancellationToken);
        var submission = FilingDelivery.Submission(FilingKinds.Permit, permit.PortCallId, permit.AgentId, permit.PermitId, content.ToMemory(), permit.Sha256, permit.ReceivedAt);
        var sent = await filings.SendAsync(submission, Version, cancellationToken);
        return permit with { State = sent.State };
    }

    /// <summary>The permit with its delivery state; one never sent is sent now.</summary>
    public async Task<PermitRecord> WithStateAsync(PermitRecord permit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(permit);
        return await filings.FindAsync(permit.PortCallId, FilingKinds.Permit, permit.PermitId, Version, cancellationToken) is { } sent
            ? permit with { State = sent.State }
            : await SendAsync(permit, cancellationToken);
    }
}
