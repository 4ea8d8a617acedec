namespace Ics2Port.Functions.Fallback.Channels;

/// <summary>Where the port system takes documents (configuration section <c>Ics2Port:PortSystem</c>).</summary>
public sealed class PortSystemOptions
{
    public const string SectionName = "Ics2Port:PortSystem";

    /// <summary>Base URL of the port system's document API, e.g. <c>http://127.0.0.1:7072/port-system</c>.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>How long one request may take before the port system counts as unavailable.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long the answer to a filed document waits for its delivery, which runs on its own: a receipt says <c>delivered</c>
    /// or <c>pending</c> when the delivery ended by then, else <c>accepted</c> (the delivery goes on, the timer is its safety net).
    /// </summary>
    public TimeSpan SubmissionTimeout { get; set; } = TimeSpan.FromSeconds(1);
}
