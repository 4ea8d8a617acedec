using System.IO.Compression;

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

    public void Dispose()
    {
        if (_archive.IsValueCreated)
        {
            _archive.Value.Dispose();
        }
    }

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
