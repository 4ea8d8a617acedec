using System.Reflection;

namespace Ics2Port.Functions.Tests.Packaging;

/// <summary>The Bicep CLI from the Azure.Bicep.CommandLine package the test project restores.</summary>
internal static class BicepCompiler
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(2);

    public static ToolRun Build(string template) =>
        ToolProcess.Run(ExecutablePath(), ["build", template, "--stdout"], Path.GetDirectoryName(template)!, BuildTimeout);

    private static string ExecutablePath()
    {
        var packageDirectory = typeof(BicepCompiler).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(a => a.Key == "BicepPackageDirectory")?.Value;
        var executable = Path.Combine(packageDirectory ?? string.Empty, "tools", OperatingSystem.IsWindows() ? "bicep.exe" : "bicep");
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"The Bicep CLI is not at '{executable}'; restore the test project.");
        }

        return executable;
    }
}
