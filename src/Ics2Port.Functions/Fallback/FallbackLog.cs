namespace Ics2Port.Functions.Fallback;

internal static partial class FallbackLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Outage {OutageId} announced: {Message}")]
    public static partial void OutageAnnounced(ILogger logger, string outageId, string message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outage {OutageId} detected after {Failures} failed deliveries in a row; the last: {Error}")]
    public static partial void OutageDetected(ILogger logger, string outageId, int failures, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outage {OutageId} restored by {RestoredBy}")]
    public static partial void OutageRestored(ILogger logger, string outageId, string restoredBy);

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseId}: {Channel} attempt {Attempt} {Outcome}{Detail}")]
    public static partial void Attempted(ILogger logger, string caseId, string channel, int attempt, string outcome, string detail);

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseId}: {From} -> {To}")]
    public static partial void Moved(ILogger logger, string caseId, string from, string to);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Case {CaseId}: attempt {Attempt} on {Channel} was left started by a run that ended; repeating it with the same reference")]
    public static partial void Resuming(ILogger logger, string caseId, int attempt, string channel);

    [LoggerMessage(Level = LogLevel.Error, Message = "Case {CaseId} failed in fallback workflow run {RunId}; the run goes on with the next case")]
    public static partial void CaseFailed(ILogger logger, Exception exception, string caseId, string runId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Fallback workflow {RunId}: another instance holds the lease; nothing done")]
    public static partial void LeaseHeldElsewhere(ILogger logger, string runId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Fallback intake {IntakeId} ({MessageId}): {Link} {PortCallId}, {Queued} document(s) queued for re-entry")]
    public static partial void Intake(ILogger logger, string intakeId, string messageId, string link, string? portCallId, int queued);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{DocumentId} version {Version} was not delivered after its commit; the timer delivers it")]
    public static partial void NewVersionNotDelivered(ILogger logger, Exception exception, string documentId, int version);
}
