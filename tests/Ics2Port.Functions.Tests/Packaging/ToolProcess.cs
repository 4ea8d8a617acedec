using System.Diagnostics;

namespace Ics2Port.Functions.Tests.Packaging;

/// <summary>Runs a command-line tool to the end, reading both of its streams so neither can block it.</summary>
internal static class ToolProcess
{
    public static ToolRun Run(string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', start.ArgumentList)} ran longer than {timeout}.");
        }

        return new ToolRun(process.ExitCode, output.Result, error.Result);
    }
}
