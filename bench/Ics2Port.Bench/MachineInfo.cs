namespace Ics2Port.Bench;

using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;

/// <summary>What the numbers were measured on.</summary>
internal static class MachineInfo
{
    public static string Machine
    {
        get
        {
            var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);
            var cpu = CpuModel() is { } model ? $" ({model})" : string.Empty;
            return string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessorCount} cores{cpu}, {memory:F1} GiB memory available, {RuntimeInformation.OSDescription} {RuntimeInformation.OSArchitecture}");
        }
    }

    public static string Runtime =>
        $"{RuntimeInformation.FrameworkDescription}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC{(GCSettings.LatencyMode == GCLatencyMode.Batch ? string.Empty : ", concurrent")}";

    /// <summary>The 1, 5 and 15 minute load averages (Linux), which say how busy the machine was.</summary>
    public static string? LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : null;

    /// <summary>
    /// Above this many cores' worth of other processes' work, a run did not have the machine to itself: on 2 cores,
    /// a build or test run beside it takes more.
    /// </summary>
    public const double QuietOthersCores = 0.25;

    /// <summary>What other processes used of the machine meanwhile, in words.</summary>
    public static string OthersText(double othersCores) => string.Create(
        CultureInfo.InvariantCulture,
        $"other processes: {othersCores:F2} of {Environment.ProcessorCount} cores on average ({(othersCores > QuietOthersCores ? "busy" : "quiet")})");

    public static void Print(TextWriter output)
    {
        output.WriteLine($"machine: {Machine}");
        output.WriteLine($"runtime: {Runtime}");
        if (LoadAverage() is { } load)
        {
            output.WriteLine($"load average: {load}");
        }
    }

    private static string? CpuModel() =>
        File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(line => line.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
}
