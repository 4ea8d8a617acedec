using System.Runtime.Versioning;

namespace Ics2Port.Functions.Tests.Packaging;

public sealed class PackageArchiveTests(BuiltPackage package) : IClassFixture<BuiltPackage>
{
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
