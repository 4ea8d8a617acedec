namespace Ics2Port.Functions.Fallback.Workflow;

internal static partial class LeaseLog
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "The fallback workflow's lease {LeaseId} was renewed")]
    public static partial void Renewed(ILogger logger, string leaseId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The fallback workflow's lease {LeaseId} could not be renewed in time; the run stops")]
    public static partial void RenewalFailed(ILogger logger, Exception exception, string leaseId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The fallback workflow's lease {LeaseId} could not be released; it expires by itself")]
    public static partial void ReleaseFailed(ILogger logger, Exception exception, string leaseId);
}
