using Ics2Port.LocalHost.Logging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace Ics2Port.Functions.Tests.LocalHost;

/// <summary>A value with a line break in it, as a hostile blob name carries one, cannot add a line to the local host's log.</summary>
public sealed class OneLineConsoleFormatterTests
{
    private const string Forged = "AG-TEST-A/pc-1/arrival/fal5.csv\ninfo: Ics2Port.Functions.Bulk.InboundFileHandler[0]\r\n      Answered 201";

    [Fact]
    public void Write_MessageScopeAndExceptionWithLineBreaks_EachOnOneLineWithTheBreaksEscaped()
    {
        var formatter = new OneLineConsoleFormatter(new StaticOptions(new SimpleConsoleFormatterOptions { IncludeScopes = true }));
        var scopes = new LoggerExternalScopeProvider();
        using var writer = new StringWriter();

        using (scopes.Push($"File inbound/{Forged}"))
        {
            formatter.Write(
                new LogEntry<string>(LogLevel.Warning, "Ics2Port.Functions.Bulk.InboundFileHandler", new EventId(7), $"Refused name {Forged}", new InvalidOperationException(Forged), (state, _) => state),
                scopes,
                writer);
        }

        var lines = writer.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.Equal("warn: Ics2Port.Functions.Bulk.InboundFileHandler[7]", lines[0]);
        Assert.Equal(@"      => File inbound/AG-TEST-A/pc-1/arrival/fal5.csv\ninfo: Ics2Port.Functions.Bulk.InboundFileHandler[0]\r\n      Answered 201", lines[1]);
        Assert.StartsWith(@"      Refused name AG-TEST-A/pc-1/arrival/fal5.csv\ninfo:", lines[2], StringComparison.Ordinal);
        Assert.StartsWith(@"      System.InvalidOperationException: AG-TEST-A/pc-1/arrival/fal5.csv\ninfo:", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public void Escaped_OtherControlCharacters_AsUnicodeEscapes() =>
        Assert.Equal(@"a\u0007b\u2028c\td", OneLineConsoleFormatter.Escaped("a\u0007b\u2028c\td"));

    private sealed class StaticOptions(SimpleConsoleFormatterOptions value) : IOptionsMonitor<SimpleConsoleFormatterOptions>
    {
        public SimpleConsoleFormatterOptions CurrentValue => value;

        public SimpleConsoleFormatterOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<SimpleConsoleFormatterOptions, string?> listener) => null;
    }
}
