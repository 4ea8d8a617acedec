namespace Ics2Port.Functions.Triggers.Standalone;

/// <summary>
/// <c>Ics2Port:StandaloneTriggers</c>: the driver that plays the Functions host's blob and timer triggers
/// when the app runs on its own (run.sh turns it on; in Azure the host does this and it stays off).
/// </summary>
public sealed class StandaloneTriggerOptions
{
    public const string SectionName = "Ics2Port:StandaloneTriggers";

    public bool Enabled { get; set; }

    /// <summary>How often the watched containers are listed.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Attempts per blob version before it is poisoned: the host's default <c>maxDequeueCount</c>.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Invocations in flight at once, blob and timer together.</summary>
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>How long one invocation may take; a claim older than this is taken over by another poll.</summary>
    public TimeSpan InvocationTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The table, in the <c>AzureWebJobsStorage</c> account, that keeps blob receipts and timer status.</summary>
    public string ReceiptsTable { get; set; } = "TriggerReceipts";

    /// <summary>Where to reach this app; by default its own first listening address on loopback.</summary>
    public Uri? BaseUrl { get; set; }
}
