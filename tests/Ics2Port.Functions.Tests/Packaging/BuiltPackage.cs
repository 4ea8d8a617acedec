using System.IO.Compression;
using System.Text.Json;

namespace Ics2Port.Functions.Tests.Packaging;

/// <summary>Runs scripts/package.sh once per test class, when the package tests are switched on.</summary>
public sealed class BuiltPackage : IDisposable
{
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromMinutes(10);

    private readonly Lazy<ZipArchive> _archive;

    public BuiltPackage()
    {
        Root = RepositoryRoot.Find();
        StageDirectory = Path.Combine(Root, ".artifacts", "package");
        _archive = new Lazy<ZipArchive>(Build);
    }

    public string Root { get; }

    public string StageDirectory { get; }

    public ZipArchive Archive => _archive.Value;

    public IReadOnlySet<string> EntryNames => Archive.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);

    public JsonDocument ReadJson(string entryName)
    {
        using var entry = Open(entryName);
        return JsonDocument.Parse(entry);
    }

    internal IReadOnlyList<FunctionMetadata> ReadFunctionMetadata()
    {
        using var entry = Open(FunctionMetadata.FileName);
        return FunctionMetadata.Read(entry);
    }

    public void Dispose()
    {
        if (_archive.IsValueCreated)
        {
            _archive.Value.Dispose();
        }
    }

    private Stream Open(string entryName) =>
        (Archive.GetEntry(entryName) ?? throw new InvalidOperationException($"The package has no {entryName}.")).Open();

    private ZipArchive Build()
    {
        var script = ToolProcess.Run("bash", [Path.Combine(Root, "scripts", "package.sh")], Root, ScriptTimeout);
        if (script.ExitCode != 0)
        {
            throw new InvalidOperationException($"scripts/package.sh failed ({script.ExitCode}):\n{script.Output}\n{script.Error}");
        }

        return ZipFile.OpenRead(Path.Combine(Root, ".artifacts", "ics2port-functions.zip"));
    }
}
