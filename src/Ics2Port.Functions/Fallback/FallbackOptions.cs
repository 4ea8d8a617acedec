namespace Ics2Port.Functions.Fallback;

/// <summary>How the fallback procedure runs (configuration section <c>Ics2Port:Fallback</c>).</summary>
public sealed class FallbackOptions
{
    public const string SectionName = "Ics2Port:Fallback";

    /// <summary>Deliveries that fail in a row before Ics2Port records an outage of its own (source <c>detected</c>).</summary>
    public int FailuresBeforeOutage { get; set; } = 3;

    /// <summary>Per port (UN/LOCODE), an e-mail address replacing the one the law names (FB-2-EMAIL).</summary>
    public Dictionary<string, string> ControlPointEmails { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Per port (UN/LOCODE), the street address of its control point, printed on the in-person summary (FB-3-IN-PERSON).</summary>
    public Dictionary<string, string> ControlPointAddresses { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// How long a freshly accepted document is left to the request that filed it before the timer delivers it
    /// instead (a filing that crashed before delivering leaves it <c>accepted</c>).
    /// </summary>
    public TimeSpan AcceptedGracePeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long a port call with nothing on its way stays in the delivery index after its head last changed; a submission
    /// after that puts it back (one more storage round trip, once).
    /// </summary>
    public TimeSpan IndexRetention { get; set; } = TimeSpan.FromDays(1);

    /// <summary>E-mail attempts that may find the SMTP server unavailable before the case goes to in person (FB-3-IN-PERSON).</summary>
    public int MaxEmailAttempts { get; set; } = 3;

    /// <summary>
    /// How long the workflow's lease lasts between renewals (15-60 s, as Blob storage allows). It is renewed every third of
    /// this; a run stops when a sixth of it is left since the last renewal that succeeded.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(60);
}
