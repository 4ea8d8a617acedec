namespace Ics2Port.LocalHost.Triggers;

/// <summary><c>LocalHost:Triggers</c>: how the local host plays the host's blob, queue and timer triggers.</summary>
public sealed class LocalTriggerOptions
{
    public const string SectionName = "LocalHost:Triggers";

    /// <summary>Whether triggers fire on their own; off, functions still run on demand at <c>POST /admin/functions/{name}</c>.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the watched containers and queues are looked at.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Attempts per blob version or queue message before it is poisoned: the host's default <c>maxDequeueCount</c>.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Invocations in flight at once per trigger.</summary>
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>How long one invocation may take; a claim older than this is taken over by another poll.</summary>
    public TimeSpan InvocationTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The table, in the trigger's storage account, that keeps blob receipts and timer status.</summary>
    public string ReceiptsTable { get; set; } = "LocalHostReceipts";
}
