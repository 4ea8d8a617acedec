using Ics2Port.Functions.Triggers.Catalog;
using Microsoft.Extensions.Configuration;

namespace Ics2Port.Functions.Tests.Triggers.Catalog;

public sealed class FunctionsRootLocatorTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ics2port-root-").FullName;

    [Fact]
    public void Locate_ContentRootBelowHostJson_WalksUpToIt()
    {
        File.WriteAllText(Path.Combine(_root, "host.json"), "{}");
        var contentRoot = Directory.CreateDirectory(Path.Combine(_root, "src", "Ics2Port.Functions")).FullName;

        var located = FunctionsRootLocator.Locate(Settings(null), contentRoot);

        Assert.Equal(_root, located);
    }

    [Fact]
    public void Locate_ConfiguredRelativeRoot_ResolvesAgainstContentRoot()
    {
        var functions = Directory.CreateDirectory(Path.Combine(_root, "app")).FullName;
        File.WriteAllText(Path.Combine(functions, "host.json"), "{}");

        var located = FunctionsRootLocator.Locate(Settings("app"), _root);

        Assert.Equal(functions, located);
    }

    [Fact]
    public void Locate_ConfiguredRootWithoutHostJson_Throws()
    {
        var locate = () => FunctionsRootLocator.Locate(Settings(_root), _root);

        Assert.Throws<InvalidOperationException>(locate);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static IConfiguration Settings(string? root) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [FunctionsRootLocator.ConfigurationKey] = root }).Build();
}
