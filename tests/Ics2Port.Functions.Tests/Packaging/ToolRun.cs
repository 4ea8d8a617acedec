namespace Ics2Port.Functions.Tests.Packaging;

/// <summary>What a command-line tool printed and how it ended.</summary>
internal sealed record ToolRun(int ExitCode, string Output, string Error);
