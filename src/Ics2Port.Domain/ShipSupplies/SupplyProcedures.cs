namespace Ics2Port.Domain.ShipSupplies;

/// <summary>The customs procedures a line of a ship supply goes under (seed 002).</summary>
public static class SupplyProcedures
{
    /// <summary>Union goods: the export declaration of a ship supply (SUP-EXPORT).</summary>
    public const string Export = "export";

    /// <summary>Non-Union goods that leave with the ship: re-export or the transit procedure.</summary>
    public const string ReExportOrTransit = "re-export-or-transit";

    /// <summary>Non-Union goods that stay in, or are consumed in, the Union customs territory.</summary>
    public const string ReleaseForFreeCirculation = "release-for-free-circulation";
}
