namespace Ics2Port.Domain.Ens;

/// <summary>Wire names of <see cref="SeaCargoType"/> as the manifest's <c>cargoType</c> carries them.</summary>
public static class SeaCargoTypes
{
    /// <summary>The wire names, in the order CONTRACT.md lists them.</summary>
    public static IReadOnlyList<string> WireNames { get; } = ["container", "bulk", "break-bulk", "ro-ro"];

    /// <summary>Parses a wire name (exact, lower case); false for anything else.</summary>
    public static bool TryParse(string? wire, out SeaCargoType cargoType)
    {
        switch (wire)
        {
            case "container":
                cargoType = SeaCargoType.Container;
                return true;
            case "bulk":
                cargoType = SeaCargoType.Bulk;
                return true;
            case "break-bulk":
                cargoType = SeaCargoType.BreakBulk;
                return true;
            case "ro-ro":
                cargoType = SeaCargoType.RoRo;
                return true;
            default:
                cargoType = default;
                return false;
        }
    }
}
