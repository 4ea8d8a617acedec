namespace Ics2Port.Functions.Triggers.Envelopes;

/// <summary>
/// The timer's persisted schedule status (present only with <c>useMonitor</c>). As the host fills it, <see cref="Next"/>
/// is the occurrence being run now and <see cref="Last"/> the one before (azure-functions-dotnet-worker#954).
/// A timestamp the host wrote unreadably is null rather than a failed invocation.
/// </summary>
public sealed record ScheduleStatus(DateTimeOffset? Last, DateTimeOffset? Next, DateTimeOffset? LastUpdated);
