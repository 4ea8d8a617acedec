using Microsoft.Extensions.Logging;

namespace Ics2Port.Functions.Tests.Hosting;

/// <summary>One line the app logged, with the named values of every scope it was written in.</summary>
public sealed record CapturedLogEntry(string Category, LogLevel Level, string Message, IReadOnlyDictionary<string, string?> ScopeValues);
