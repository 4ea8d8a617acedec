namespace Ics2Port.Functions.Fallback.Channels;

/// <summary>Where the port system takes documents (configuration section <c>Ics2Port:PortSystem</c>).</summary>
public sealed class PortSystemOptions
{
    public const string SectionName = "Ics2Port:PortSystem";

    /// <summary>Base URL of the port system's document API, e.g. <c>http://127.0.0.1:7072/port-system</c>.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>How long one request may take before the port system counts as unavailable.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long filing a document waits for the port system before answering <c>pending</c>; the timer tries again.</summary>
    public TimeSpan SubmissionTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
