namespace Ics2Port.Functions.Bulk;

internal static partial class BulkLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Answered {Status} ({Subject}); result at {Result}")]
    public static partial void Processed(ILogger logger, int status, string subject, string result);

    [LoggerMessage(Level = LogLevel.Information, Message = "Already processed ({Status}); nothing changed.")]
    public static partial void AlreadyProcessed(ILogger logger, int? status);

    [LoggerMessage(Level = LogLevel.Information, Message = "Skipped: {Reason}.")]
    public static partial void Skipped(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Answered {Status}, which is not final; the invocation fails so that it is retried.")]
    public static partial void NotFinal(ILogger logger, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Quarantined {Container}/{BlobName} as {QuarantineContainer}/{QuarantinedName}: {Reason}")]
    public static partial void Quarantined(ILogger logger, string container, string blobName, string quarantineContainer, string quarantinedName, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Nothing to quarantine at {Container}/{BlobName}: {Reason}.")]
    public static partial void NothingToQuarantine(ILogger logger, string container, string blobName, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused name: {Reason}")]
    public static partial void RefusedName(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Not moved; the reason is recorded at {QuarantineContainer}/{ErrorName}: {Reason}")]
    public static partial void RecordedOnly(ILogger logger, string quarantineContainer, string errorName, string reason);
}
