namespace Ics2Port.Functions.Hosting;

/// <summary>Settings of section <c>Ics2Port</c> (API keys are read by the access layer, <c>Ics2Port:Storage</c> by <c>StorageSettings</c>).</summary>
public sealed class Ics2PortOptions
{
    public const string Section = "Ics2Port";

    /// <summary>Largest accepted request body; larger ones answer 413.</summary>
    public long MaxBodyBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>
    /// Path of the HS nomenclature CSV (<c>section,hscode,description,parent,level</c>); when not set, the HS 2022 file the
    /// app ships with (<see cref="DefaultHsNomenclaturePath"/>). Set to an empty value, HS codes are checked for structure only.
    /// </summary>
    public string? HsNomenclaturePath { get; set; }

    /// <summary>The HS 2022 nomenclature deployed beside the app (<c>data/hs</c> in the repository, PDDL).</summary>
    public static string DefaultHsNomenclaturePath => Path.Combine(AppContext.BaseDirectory, "hs", "harmonized-system.csv");

    /// <summary>How many HS picker results a search returns unless the request asks for fewer.</summary>
    public int HsSearchLimit { get; set; } = 20;
}
