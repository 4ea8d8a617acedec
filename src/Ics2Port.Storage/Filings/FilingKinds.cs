namespace Ics2Port.Storage.Filings;

/// <summary>
/// What besides the FAL documents goes to the port system. Each filing is kept a second time as a version in its port
/// call's partition of the document versions table, with <see cref="Documents.DocumentVersion.Direction"/> the kind and
/// <see cref="Documents.DocumentVersion.Type"/> the filing's own id, so one delivery path serves documents and filings alike.
/// </summary>
public static class FilingKinds
{
    /// <summary>An unloading or loading permit application (Regulation 339); its id is the permit id, its version always 1.</summary>
    public const string Permit = "permit";

    /// <summary>A ship supply (Regulation 503); its id is the supply id, its versions the supply's.</summary>
    public const string Supply = "supply";

    /// <summary>True for <see cref="Permit"/> and <see cref="Supply"/>.</summary>
    public static bool IsFiling(string? kind) => kind is Permit or Supply;
}
