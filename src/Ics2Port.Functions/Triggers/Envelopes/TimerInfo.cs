using System.Text.Json;

namespace Ics2Port.Functions.Triggers.Envelopes;

/// <summary>
/// A timer trigger's <c>Data.&lt;binding&gt;</c>: <c>{ "Schedule": {...}, "ScheduleStatus": {...} | null, "IsPastDue": bool }</c>.
/// </summary>
public sealed record TimerInfo(bool IsPastDue, ScheduleStatus? ScheduleStatus)
{
    public static TimerInfo Read(JsonElement? value)
    {
        if (EnvelopeValues.ReadObject(value) is not { } timer)
        {
            throw new InvocationEnvelopeException("The timer trigger's data is missing or not an object.");
        }

        var status = EnvelopeValues.ReadObject(EnvelopeValues.Member(timer, "ScheduleStatus")) is { } s
            ? new ScheduleStatus(
                EnvelopeValues.ReadTimestamp(EnvelopeValues.Member(s, "Last")),
                EnvelopeValues.ReadTimestamp(EnvelopeValues.Member(s, "Next")),
                EnvelopeValues.ReadTimestamp(EnvelopeValues.Member(s, "LastUpdated")))
            : null;
        return new TimerInfo(EnvelopeValues.ReadBoolean(EnvelopeValues.Member(timer, "IsPastDue")) ?? false, status);
    }
}
