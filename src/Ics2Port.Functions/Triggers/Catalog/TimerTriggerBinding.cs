namespace Ics2Port.Functions.Triggers.Catalog;

/// <summary>
/// A <c>timerTrigger</c>: its schedule, <c>runOnStartup</c>, and <c>useMonitor</c> (null when left to the host's default).
/// </summary>
public sealed record TimerTriggerBinding(string Name, TimerSchedule Schedule, bool RunOnStartup, bool? UseMonitor)
    : TriggerBinding("timerTrigger", Name);
