namespace Ics2Port.Functions.Bulk;

using Azure;

/// <summary>A result file already there: its own ETag, and the source version and status it records.</summary>
public sealed record WrittenResult(ETag ETag, string? SourceEtag, int? Status);
