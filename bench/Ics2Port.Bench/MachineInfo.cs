namespace Ics2Port.Bench;

using System.Runtime.InteropServices;

/// <summary>What the numbers were measured on.</summary>
internal static class MachineInfo
{
    public static void Print(TextWriter output)
    {
        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        output.WriteLine($"machine: {Environment.ProcessorCount} cores, {memory / (1024.0 * 1024 * 1024):F1} GiB available to the GC, {RuntimeInformation.OSDescription} {RuntimeInformation.OSArchitecture}");
        output.WriteLine($"runtime: {RuntimeInformation.FrameworkDescription}, server GC {System.Runtime.GCSettings.IsServerGC}");
    }
}
