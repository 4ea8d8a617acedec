namespace Ics2Port.Functions.Problems;

internal static partial class ProblemLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "The client went away before the answer was ready.")]
    public static partial void ClientGone(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rejected a malformed request: {Reason}")]
    public static partial void BadRequest(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storage unavailable (trace {TraceId}).")]
    public static partial void StorageUnavailable(ILogger logger, Exception exception, string traceId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception (trace {TraceId}).")]
    public static partial void Unhandled(ILogger logger, Exception exception, string traceId);
}
