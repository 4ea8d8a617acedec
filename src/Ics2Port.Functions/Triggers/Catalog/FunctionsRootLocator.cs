namespace Ics2Port.Functions.Triggers.Catalog;

/// <summary>
/// Finds the folder holding <c>host.json</c> and the function folders: <c>Ics2Port:FunctionsRoot</c> when set
/// (relative to the content root), else the content root or its nearest ancestor with <c>host.json</c>
/// (the repository root in development), else the app's own folder or an ancestor (a deployed package has
/// <c>host.json</c> beside the dll).
/// </summary>
public static class FunctionsRootLocator
{
    public const string ConfigurationKey = "Ics2Port:FunctionsRoot";

    public static string Locate(IConfiguration configuration, string contentRoot)
    {
        if (configuration[ConfigurationKey] is { Length: > 0 } configured)
        {
            var root = Path.GetFullPath(configured, contentRoot);
            return File.Exists(Path.Combine(root, "host.json"))
                ? root
                : throw new InvalidOperationException($"{ConfigurationKey} is '{root}', which has no host.json.");
        }

        return FindUpwards(contentRoot) ?? FindUpwards(AppContext.BaseDirectory)
            ?? throw new InvalidOperationException(
                $"No host.json in '{contentRoot}', '{AppContext.BaseDirectory}' or their parents; set {ConfigurationKey}.");
    }

    private static string? FindUpwards(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "host.json")))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
