namespace Ics2Port.LocalHost.Logging;

using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

/// <summary>
/// The local host's console log, laid out as the simple formatter's (a header line, then scopes, message and exception,
/// each on one indented line), with every control character of a value written as an escape (<c>\n</c>, <c>\u0007</c>): a blob name or any other value
/// that holds a line break cannot forge a log line. (In Azure the host sends structured entries to Application Insights.)
/// </summary>
internal sealed class OneLineConsoleFormatter(IOptionsMonitor<SimpleConsoleFormatterOptions> options) : ConsoleFormatter(FormatterName)
{
    public const string FormatterName = "one-line";

    // As the simple formatter indents what follows an entry's first line.
    private const string Indent = "      ";

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = logEntry.Formatter(logEntry.State, logEntry.Exception);
        if (string.IsNullOrEmpty(message) && logEntry.Exception is null)
        {
            return;
        }

        var settings = options.CurrentValue;
        if (settings.TimestampFormat is { } format)
        {
            var now = settings.UseUtcTimestamp ? DateTimeOffset.UtcNow : DateTimeOffset.Now;
            textWriter.Write(now.ToString(format, CultureInfo.InvariantCulture));
        }

        textWriter.WriteLine($"{Level(logEntry.LogLevel)}: {logEntry.Category}[{logEntry.EventId.Id.ToString(CultureInfo.InvariantCulture)}]");
        if (settings.IncludeScopes && scopeProvider is not null)
        {
            var scopes = new StringBuilder();
            scopeProvider.ForEachScope((scope, builder) => builder.Append(" => ").Append(Escaped(scope?.ToString())), scopes);
            if (scopes.Length > 0)
            {
                textWriter.WriteLine(Indent + scopes.ToString(1, scopes.Length - 1));
            }
        }

        if (!string.IsNullOrEmpty(message))
        {
            textWriter.WriteLine(Indent + Escaped(message));
        }

        if (logEntry.Exception is { } exception)
        {
            textWriter.WriteLine(Indent + Escaped(exception.ToString()));
        }
    }

    /// <summary><paramref name="text"/> with each control character or line separator as a C#-style escape.</summary>
    public static string Escaped(string? text)
    {
        if (string.IsNullOrEmpty(text) || Domain.Common.FreeTexts.IndexOfControl(text) < 0)
        {
            return text ?? string.Empty;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var character in text)
        {
            escaped.Append(character switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(character) || character is '\u2028' or '\u2029' => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)character:x4}"),
                _ => character.ToString(),
            });
        }

        return escaped.ToString();
    }

    private static string Level(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        LogLevel.Critical => "crit",
        _ => "none",
    };
}
