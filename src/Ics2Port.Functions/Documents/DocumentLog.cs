namespace Ics2Port.Functions.Documents;

using Ics2Port.Storage.Documents;

internal static partial class DocumentLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "{Commit} version {Version} ({Sha256}).")]
    public static partial void Committed(ILogger logger, DocumentCommitKind commit, int version, string sha256);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused with {Status}: {Findings} finding(s).")]
    public static partial void Rejected(ILogger logger, int status, int findings);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storage failed while the version was committed; whether it was stored is not known")]
    public static partial void OutcomeUnknown(ILogger logger, Exception exception);
}
