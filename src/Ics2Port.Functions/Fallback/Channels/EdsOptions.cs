namespace Ics2Port.Functions.Fallback.Channels;

/// <summary>Where the Electronic Declaration System takes letters to VID (configuration section <c>Ics2Port:Eds</c>).</summary>
public sealed class EdsOptions
{
    public const string SectionName = "Ics2Port:Eds";

    /// <summary>Base URL of the EDS correspondence API, e.g. <c>http://127.0.0.1:7072/eds</c>.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>How long one request may take before the EDS counts as not working.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
