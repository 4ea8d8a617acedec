namespace Ics2Port.Functions.Fallback.Availability;

/// <summary>Who said the port system is unavailable, and who said it is back.</summary>
public static class OutageSources
{
    /// <summary>The port system's helpdesk announced it (FB-TRIGGER); only the authority restores it.</summary>
    public const string Helpdesk = "helpdesk";

    /// <summary>Deliveries failed in a row; a successful status check (probe) closes it.</summary>
    public const string Detected = "detected";

    public const string RestoredByAuthority = "authority";
    public const string RestoredByProbe = "probe";
}
