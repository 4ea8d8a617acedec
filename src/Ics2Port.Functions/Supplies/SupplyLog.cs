namespace Ics2Port.Functions.Supplies;

using Ics2Port.Storage.Documents;

internal static partial class SupplyLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Supply {Kind}: {CommitKind} version {Version} ({Sha256}).")]
    public static partial void Committed(ILogger logger, string kind, DocumentCommitKind commitKind, int version, string sha256);

    [LoggerMessage(Level = LogLevel.Information, Message = "Supply refused with {Status}: {Errors} error(s).")]
    public static partial void Rejected(ILogger logger, int status, int errors);
}
