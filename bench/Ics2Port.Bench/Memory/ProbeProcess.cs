namespace Ics2Port.Bench.Memory;

using System.Diagnostics;
using System.Text.Json;

/// <summary>Starts this tool again as <c>memory-probe</c> and reads the footprint it prints.</summary>
internal static class ProbeProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static async Task<MemoryFootprint> RunAsync(string operation, string file, string warmUpFile, int warmUps, CancellationToken cancellationToken)
    {
        var startInfo = SelfProcess.StartInfo(
            [MemoryProbe.Command, operation, file, warmUpFile, warmUps.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            redirectOutput: true);
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Cannot start '{startInfo.FileName}'.");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var error = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            var lastLine = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
            return process.ExitCode == 0 && lastLine is not null
                ? JsonSerializer.Deserialize<MemoryFootprint>(lastLine, JsonSerializerOptions.Web)!
                : throw new InvalidOperationException($"{MemoryProbe.Command} {operation} exited with {process.ExitCode}: {await error}");
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }
}
