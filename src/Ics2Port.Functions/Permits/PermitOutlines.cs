namespace Ics2Port.Functions.Permits;

using Ics2Port.Domain.Permits;
using Ics2Port.Domain.Reading;
using Ics2Port.Storage.Permits;

/// <summary>What a permit application is about (operation, berth, HS codes, planned start), as its row keeps it.</summary>
public static class PermitOutlines
{
    /// <summary>The outline of an application that passed its rules, so it has its operation and berth.</summary>
    public static PermitOutline Of(PermitApplication application)
    {
        ArgumentNullException.ThrowIfNull(application);
        return new PermitOutline
        {
            Operation = application.Operation ?? string.Empty,
            Berth = application.Berth ?? string.Empty,
            HsCodes = [.. (application.Items ?? []).Select(item => item?.HsCode).OfType<string>().Where(code => code.Length > 0).Distinct(StringComparer.Ordinal)],
            PlannedStart = application.PlannedStart,
        };
    }

    /// <summary>
    /// The outline on the permit's row; a permit stored before rows kept it has its body read instead, the application as
    /// it was accepted.
    /// </summary>
    public static async Task<PermitOutline> OfAsync(PermitStore permits, PermitRecord permit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(permits);
        ArgumentNullException.ThrowIfNull(permit);
        if (permit.Outline is { } outline)
        {
            return outline;
        }

        var content = await permits.ReadContentAsync(permit, cancellationToken);
        return DocumentReader.ReadPermit(content.ToMemory()).Document is { } application
            ? Of(application)
            : throw new InvalidOperationException($"Body of permit {permit.PermitId} is no longer a permit application.");
    }
}
