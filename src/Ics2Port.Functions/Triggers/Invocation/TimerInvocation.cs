using Ics2Port.Functions.Triggers.Envelopes;

namespace Ics2Port.Functions.Triggers.Invocation;

/// <summary>One timer trigger invocation: past due or not, and the schedule status when the host monitors it.</summary>
public sealed record TimerInvocation(
    string FunctionName,
    string InvocationId,
    bool IsPastDue,
    ScheduleStatus? ScheduleStatus,
    DateTimeOffset? FiredAt);
