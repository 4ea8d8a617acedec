namespace Ics2Port.Functions.Fallback.Cases;

using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Ics2Port.Domain.PortCalls;
using Ics2Port.Storage.Documents;
using Ics2Port.Storage.Filings;

/// <summary>
/// A case is one stored version: <c>{portCallId}-{direction}-{type}-v{version}</c> for a port call document, e.g.
/// <c>pc-7k2m9x4q1z-arrival-fal5-v1</c>, and <c>{portCallId}-{kind}-{id}-v{version}</c> for a permit application or ship
/// supply, e.g. <c>pc-7k2m9x4q1z-permit-pm-q4k8z2m7xa-v1</c>.
/// </summary>
public static class CaseIds
{
    public static string Of(DocumentVersion version) =>
        string.Create(CultureInfo.InvariantCulture, $"{version.DocumentId}-v{version.Version}");

    /// <summary>
    /// Splits a case id: the version from the end, then a filing's kind marker, else direction and type from the end. A
    /// version is written as <see cref="Of"/> writes it, without leading zeros, so one case has one id.
    /// </summary>
    public static bool TryParse(
        string? caseId,
        [NotNullWhen(true)] out string? portCallId,
        [NotNullWhen(true)] out string? direction,
        [NotNullWhen(true)] out string? type,
        out int version)
    {
        portCallId = direction = type = null;
        version = 0;
        var dash = caseId?.LastIndexOf('-') ?? -1;
        if (dash < 1
            || caseId![(dash + 1)..] is not ['v', .. var number]
            || number.StartsWith('0')
            || !int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out version)
            || version < 1)
        {
            return false;
        }

        var rest = caseId[..dash];
        foreach (var kind in (string[])[FilingKinds.Permit, FilingKinds.Supply])
        {
            var marker = rest.IndexOf($"-{kind}-", StringComparison.Ordinal);
            if (marker > 0)
            {
                (portCallId, direction, type) = (rest[..marker], kind, rest[(marker + kind.Length + 2)..]);
                return type.Length > 0;
            }
        }

        var parts = rest.Split('-');
        if (parts.Length < 3 || !DocumentTypes.TryParseType(parts[^1], out _) || !DocumentTypes.TryParseDirection(parts[^2], out _))
        {
            return false;
        }

        type = parts[^1];
        direction = parts[^2];
        portCallId = string.Join('-', parts[..^2]);
        return true;
    }
}
