using System.Runtime.Versioning;
using System.Text.Json;

namespace Ics2Port.Functions.Tests.Packaging;

public sealed class PackageArchiveTests(BuiltPackage package) : IClassFixture<BuiltPackage>
{
    private static readonly HashSet<string> BuiltInTriggers = new(["httpTrigger", "timerTrigger"], StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, string> ExtensionOfTrigger = new(StringComparer.OrdinalIgnoreCase)
    {
        ["blobTrigger"] = "AzureStorageBlobs",
        ["queueTrigger"] = "AzureStorageQueues",
    };

    [PackageFact]
    public void Archive_Root_HoldsHostJsonAppAndEveryFunctionFolder()
    {
        var expected = FunctionDefinition.ReadAll(package.Root)
            .Select(f => $"{f.Name}/function.json")
            .Append("host.json")
            .Append("Ics2Port.Functions.dll")
            .Append("Ics2Port.Functions.runtimeconfig.json");

        var entries = package.Archive.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);

        Assert.All(expected, name => Assert.Contains(name, entries));
    }

    [PackageFact]
    public void Archive_Root_HasNoIsolatedWorkerConfig()
    {
        var entries = package.Archive.Entries.Select(e => e.FullName);

        // On the .NET isolated stack the host would look for its functions in the app instead of function.json.
        Assert.DoesNotContain("worker.config.json", entries);
    }

    // On the dotnet-isolated stack the host loads no extension bundle: a trigger it does not build in works only
    // if bin/extensions.json names the extension's startup type and the assembly lies beside it.
    [PackageFact]
    public void Archive_Bin_HoldsTheExtensionOfEveryTriggerTheHostDoesNotBuildIn()
    {
        var needed = FunctionDefinition.ReadAll(package.Root)
            .Select(f => f.TriggerType)
            .Where(type => !BuiltInTriggers.Contains(type))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(type => ExtensionOfTrigger.GetValueOrDefault(type, $"(no extension known for {type})"));
        using var extensionsJson = JsonDocument.Parse(package.Archive.GetEntry("bin/extensions.json")!.Open());
        var listed = extensionsJson.RootElement.GetProperty("extensions").EnumerateArray()
            .ToDictionary(e => e.GetProperty("name").GetString()!, e => e.GetProperty("typeName").GetString()!);
        var entries = package.Archive.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);

        Assert.All(needed, extension =>
        {
            Assert.True(listed.TryGetValue(extension, out var typeName), $"bin/extensions.json does not list {extension}.");
            var assembly = typeName.Split(',')[1].Trim();
            Assert.Contains($"bin/{assembly}.dll", entries);
        });
    }

    // The package is built and deployed on Linux; Windows has no Unix file modes to compare.
    [PackageFact]
    [UnsupportedOSPlatform("windows")]
    public void Archive_Entries_KeepTheStagedUnixFileModes()
    {
        var files = package.Archive.Entries.Where(e => !e.FullName.EndsWith('/')).ToList();

        var changed = files
            .Select(e => (e.FullName, Zipped: (UnixFileMode)((e.ExternalAttributes >> 16) & 0x1FF),
                Staged: File.GetUnixFileMode(Path.Combine(package.StageDirectory, e.FullName))))
            .Where(f => f.Zipped != f.Staged)
            .Select(f => $"{f.FullName}: {f.Zipped} in the zip, {f.Staged} staged");

        Assert.NotEmpty(files);
        Assert.Empty(changed);
    }
}
