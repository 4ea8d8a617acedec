namespace Ics2Port.Functions.Fallback.Delivery;

/// <summary>Where an attempt went, as attempts record it.</summary>
public static class AttemptChannels
{
    /// <summary>Normal delivery to the port system.</summary>
    public const string PortSystem = "port-system";

    /// <summary>A letter through the EDS (FB-1-EDS).</summary>
    public const string Eds = "eds";

    /// <summary>A signed e-mail to the control point (FB-2-EMAIL).</summary>
    public const string Email = "email";

    /// <summary>The authority's confirmation of a hand-over at the control point (FB-3-IN-PERSON).</summary>
    public const string InPerson = "in-person";

    /// <summary>Submission in the port system after restoration (FB-REENTRY).</summary>
    public const string Reentry = "re-entry";
}
