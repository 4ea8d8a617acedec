namespace Ics2Port.Functions.Fallback.Inbox;

using System.Text.RegularExpressions;
using Ics2Port.Functions.PortCalls;
using Ics2Port.Storage.PortCalls;

/// <summary>
/// Finds the port call an e-mail's subject names: its port call id (as every letter and e-mail Ics2Port sends writes it),
/// else the IMO number and voyage number when exactly one port call has both.
/// </summary>
public sealed partial class PortCallLinker(PortCallStore portCalls)
{
    public async Task<PortCallLink> LinkAsync(string subject, CancellationToken cancellationToken)
    {
        foreach (Match id in PortCallIdPattern().Matches(subject))
        {
            if (await portCalls.FindAsync(id.Value.ToLowerInvariant(), agentId: null, cancellationToken) is { } byId)
            {
                return new PortCallLink(IntakeOutcomes.LinkedById, byId, null);
            }
        }

        var imo = ImoPattern().Match(subject);
        var voyage = VoyagePattern().Match(subject);
        if (!imo.Success || !voyage.Success)
        {
            return new PortCallLink(IntakeOutcomes.Unlinked, null, "The subject names no known port call id, nor an IMO number with a voyage number.");
        }

        var matches = new List<PortCallRecord>();
        await foreach (var candidate in portCalls.ListAsync(agentId: null, PortCallRecords.ImoSearchKey(imo.Groups["imo"].Value), port: null, cancellationToken))
        {
            if (string.Equals(candidate.ToRequest().VoyageNumber, voyage.Groups["voyage"].Value, StringComparison.OrdinalIgnoreCase))
            {
                matches.Add(candidate);
            }
        }

        return matches.Count switch
        {
            1 => new PortCallLink(IntakeOutcomes.LinkedByImoAndVoyage, matches[0], null),
            0 => new PortCallLink(IntakeOutcomes.Unlinked, null, $"No port call has IMO {imo.Groups["imo"].Value} and voyage {voyage.Groups["voyage"].Value}."),
            _ => new PortCallLink(IntakeOutcomes.Unlinked, null, $"{matches.Count} port calls have IMO {imo.Groups["imo"].Value} and voyage {voyage.Groups["voyage"].Value}; the subject must name the port call id."),
        };
    }

    [GeneratedRegex(@"\bpc-[a-z2-7]{10}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PortCallIdPattern();

    [GeneratedRegex(@"\bIMO\s*:?\s*(?<imo>\d{7})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImoPattern();

    [GeneratedRegex(@"\bvoyage\s*(?:no\.?|number)?\s*:?\s*(?<voyage>[A-Za-z0-9][A-Za-z0-9/-]*[A-Za-z0-9])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VoyagePattern();
}
