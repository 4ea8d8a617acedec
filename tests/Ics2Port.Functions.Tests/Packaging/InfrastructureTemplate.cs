using System.Text.RegularExpressions;

namespace Ics2Port.Functions.Tests.Packaging;

/// <summary>Reads the lists in infra/main.bicep that must agree with the function folders.</summary>
internal static partial class InfrastructureTemplate
{
    public static IReadOnlyList<(string FunctionName, string Container)> BlobSubscriptions(string repositoryRoot) =>
        BlobSubscriptionPattern().Matches(MainTemplate(repositoryRoot))
            .Select(m => (m.Groups["function"].Value, m.Groups["container"].Value))
            .ToList();

    public static IReadOnlyList<string> Containers(string repositoryRoot)
    {
        var containers = ContainersPattern().Match(MainTemplate(repositoryRoot));
        return containers.Success
            ? QuotedPattern().Matches(containers.Groups["list"].Value).Select(m => m.Groups[1].Value).ToList()
            : [];
    }

    private static string MainTemplate(string repositoryRoot) =>
        File.ReadAllText(Path.Combine(repositoryRoot, "infra", "main.bicep"));

    [GeneratedRegex(@"functionName:\s*'(?<function>[A-Za-z0-9]+)'\s*container:\s*'(?<container>[a-z0-9-]+)'")]
    private static partial Regex BlobSubscriptionPattern();

    [GeneratedRegex(@"containers:\s*\[(?<list>[^\]]*)\]")]
    private static partial Regex ContainersPattern();

    [GeneratedRegex("'([^']*)'")]
    private static partial Regex QuotedPattern();
}
