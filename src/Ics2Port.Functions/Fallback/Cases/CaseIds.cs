namespace Ics2Port.Functions.Fallback.Cases;

using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Ics2Port.Domain.PortCalls;
using Ics2Port.Storage.Documents;

/// <summary>A case is one document version: <c>{portCallId}-{direction}-{type}-v{version}</c>, e.g. <c>pc-7k2m9x4q1z-arrival-fal5-v1</c>.</summary>
public static class CaseIds
{
    public static string Of(DocumentVersion version) =>
        string.Create(CultureInfo.InvariantCulture, $"{version.DocumentId}-v{version.Version}");

    /// <summary>Splits a case id from the end, where direction, type and version have fixed forms.</summary>
    public static bool TryParse(
        string? caseId,
        [NotNullWhen(true)] out string? portCallId,
        [NotNullWhen(true)] out string? direction,
        [NotNullWhen(true)] out string? type,
        out int version)
    {
        portCallId = direction = type = null;
        version = 0;
        var parts = caseId?.Split('-') ?? [];
        if (parts.Length < 4
            || parts[^1] is not ['v', .. var number]
            || !int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out version)
            || version < 1
            || !DocumentTypes.TryParseType(parts[^2], out _)
            || !DocumentTypes.TryParseDirection(parts[^3], out _))
        {
            return false;
        }

        type = parts[^2];
        direction = parts[^3];
        portCallId = string.Join('-', parts[..^3]);
        return true;
    }
}
