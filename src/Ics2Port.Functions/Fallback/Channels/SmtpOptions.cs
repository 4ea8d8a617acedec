namespace Ics2Port.Functions.Fallback.Channels;

/// <summary>The SMTP server that sends fallback e-mail (configuration section <c>Ics2Port:Smtp</c>).</summary>
public sealed class SmtpOptions
{
    public const string SectionName = "Ics2Port:Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>Optional; with <see cref="Password"/> the server is logged in to.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>STARTTLS before sending, required: a server that does not offer it gets nothing. Off only for a local test server.</summary>
    public bool EnableSsl { get; set; } = true;

    /// <summary>The sender address; its domain also names the Message-IDs.</summary>
    public string? From { get; set; }

    /// <summary>How long one send may take before the server counts as unavailable.</summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
