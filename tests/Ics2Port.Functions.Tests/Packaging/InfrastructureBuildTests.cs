using System.Text.Json;

namespace Ics2Port.Functions.Tests.Packaging;

public sealed class InfrastructureBuildTests
{
    public static TheoryData<string> Templates()
    {
        var root = RepositoryRoot.Find();
        return [.. Directory.GetFiles(Path.Combine(root, "infra"), "*.bicep", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path))
            .Order(StringComparer.Ordinal)];
    }

    // The compiler's type checks and its default linter rules: a warning here is a deployment that may fail.
    [Theory]
    [MemberData(nameof(Templates))]
    public void Build_Template_CompilesWithoutErrorsOrWarnings(string template)
    {
        var build = BicepCompiler.Build(Path.Combine(RepositoryRoot.Find(), template));

        Assert.True(build.ExitCode == 0 && build.Error.Trim().Length == 0, $"bicep build {template}:\n{build.Error}");
        using var arm = JsonDocument.Parse(build.Output);
        Assert.True(arm.RootElement.TryGetProperty("resources", out _), $"{template} compiled to no ARM template.");
    }
}
