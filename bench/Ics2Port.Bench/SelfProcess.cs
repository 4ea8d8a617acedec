namespace Ics2Port.Bench;

using System.Diagnostics;

/// <summary>How to start this tool again in a process of its own, however it was started.</summary>
internal static class SelfProcess
{
    public static ProcessStartInfo StartInfo(IEnumerable<string> arguments, bool redirectOutput)
    {
        var executable = Environment.ProcessPath ?? throw new InvalidOperationException("The path of this process is unknown.");
        var startInfo = new ProcessStartInfo(executable) { RedirectStandardOutput = redirectOutput, RedirectStandardError = redirectOutput, UseShellExecute = false };
        // Run as "dotnet Ics2Port.Bench.dll", the child needs the assembly named again.
        if (Path.GetFileNameWithoutExtension(executable) == "dotnet")
        {
            startInfo.ArgumentList.Add(typeof(SelfProcess).Assembly.Location);
        }

        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        return startInfo;
    }
}
