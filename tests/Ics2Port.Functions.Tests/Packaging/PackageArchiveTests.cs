using System.Runtime.Versioning;

namespace Ics2Port.Functions.Tests.Packaging;

public sealed class PackageArchiveTests(BuiltPackage package) : IClassFixture<BuiltPackage>
{
    private const string AppAssembly = "Ics2Port.Functions.dll";

    // The triggers the host builds in; every other one needs its extension in the package.
    private static readonly HashSet<string> BuiltInTriggers = new(["httpTrigger", "timerTrigger"], StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, string> ExtensionOfTrigger = new(StringComparer.OrdinalIgnoreCase)
    {
        ["blobTrigger"] = "AzureStorageBlobs",
        ["queueTrigger"] = "AzureStorageQueues",
    };

    [PackageFact]
    public void Archive_Root_HoldsTheAppAndWhatTheHostReads()
    {
        string[] expected = [AppAssembly, "Ics2Port.Functions.deps.json", "Ics2Port.Functions.runtimeconfig.json",
            "host.json", FunctionMetadata.FileName, "worker.config.json", "extensions.json"];

        var missing = expected.Except(package.EntryNames);

        Assert.Empty(missing);
    }

    [PackageFact]
    public void Archive_HsNomenclature_ShippedWithItsLicenceWhereTheAppLooksByDefault()
    {
        Assert.Contains("hs/harmonized-system.csv", package.EntryNames);
        Assert.Contains("hs/LICENSE.md", package.EntryNames);
    }

    [PackageFact]
    public void Archive_Entries_HaveNoFunctionJsonAnywhere()
    {
        var entries = package.EntryNames;

        // Functions are declared by their attributes alone: the host indexes functions.metadata.
        var functionJson = entries.Where(name => Path.GetFileName(name) == "function.json");

        Assert.Empty(functionJson);
    }

    [PackageFact]
    public void Archive_Entries_HaveNoLocalHostOrLocalSettings()
    {
        var entries = package.EntryNames;

        var local = entries.Select(Path.GetFileName).Where(name =>
            name!.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase)
            || name.Equals("local.settings.json", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("Ics2Port.LocalHost", StringComparison.Ordinal));

        Assert.Empty(local);
    }

    [PackageFact]
    public void Archive_HostJson_HasTheApiRoutePrefixAndNoCustomHandlerOrBundle()
    {
        using var host = package.ReadJson("host.json");

        var root = host.RootElement;

        Assert.Equal("api", root.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString());
        Assert.False(root.TryGetProperty("customHandler", out _), "host.json must not start the app as a custom handler.");
        Assert.False(root.TryGetProperty("extensionBundle", out _), "The dotnet-isolated stack loads no bundle; extensions.json brings the extensions.");
    }

    [PackageFact]
    public void Archive_WorkerConfig_StartsTheAppOnTheIsolatedWorkerWithWorkerIndexing()
    {
        using var workerConfig = package.ReadJson("worker.config.json");

        var description = workerConfig.RootElement.GetProperty("description");

        Assert.Equal(
            ("dotnet-isolated", "true", AppAssembly),
            (description.GetProperty("language").GetString(), description.GetProperty("workerIndexing").GetString(), description.GetProperty("defaultWorkerPath").GetString()));
    }

    [PackageFact]
    public void Archive_FunctionsMetadata_EveryFunctionRunsFromTheAppAssembly()
    {
        var functions = package.ReadFunctionMetadata();

        var elsewhere = functions.Where(f => f.ScriptFile != AppAssembly).Select(f => $"{f.Name}: {f.ScriptFile}");

        Assert.NotEmpty(functions);
        Assert.Empty(elsewhere);
    }

    [PackageFact]
    public void Archive_FunctionsMetadata_BlobFunctionsUseEventGridAndTheHostStorage()
    {
        var blobFunctions = package.ReadFunctionMetadata().Where(f => f.IsBlobTriggered).ToList();

        // Flex Consumption runs blob triggers only with the Event Grid source; AzureWebJobsStorage__* holds the identity settings.
        var otherwise = blobFunctions
            .Where(f => f.TriggerText("source") != "EventGrid" || f.TriggerText("connection") != "AzureWebJobsStorage")
            .Select(f => $"{f.Name}: source '{f.TriggerText("source")}', connection '{f.TriggerText("connection")}'");

        Assert.Equal(["FallbackInboxFileUploaded", "InboundFileUploaded"], blobFunctions.Select(f => f.Name).Order(StringComparer.Ordinal));
        Assert.Empty(otherwise);
    }

    // On the dotnet-isolated stack a trigger the host does not build in works only if extensions.json names the
    // extension's startup type and the assembly lies where its hint path points.
    [PackageFact]
    public void Archive_Extensions_NameTheExtensionOfEveryTriggerTheHostDoesNotBuildInWithItsAssembly()
    {
        var needed = package.ReadFunctionMetadata()
            .Select(f => f.TriggerType)
            .Where(type => !BuiltInTriggers.Contains(type))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(type => ExtensionOfTrigger.GetValueOrDefault(type, $"(no extension known for {type})"))
            .ToList();
        using var extensionsJson = package.ReadJson("extensions.json");

        var listed = extensionsJson.RootElement.GetProperty("extensions").EnumerateArray()
            .ToDictionary(e => e.GetProperty("name").GetString()!, e => HintedEntry(e.GetProperty("hintPath").GetString()!));

        Assert.NotEmpty(needed);
        Assert.All(needed, extension =>
        {
            Assert.True(listed.TryGetValue(extension, out var assembly), $"extensions.json does not list {extension}.");
            Assert.StartsWith(".azurefunctions/", assembly, StringComparison.Ordinal);
            Assert.Contains(assembly, package.EntryNames);
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

    // "./.azurefunctions/X.dll", relative to the app root, as an entry name.
    private static string HintedEntry(string hintPath) =>
        hintPath.StartsWith("./", StringComparison.Ordinal) ? hintPath[2..] : hintPath;
}
