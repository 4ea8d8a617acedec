using System.Runtime.CompilerServices;

namespace Ics2Port.Functions.Tests.Packaging;

/// <summary>Finds the repository checkout the tests were built from.</summary>
internal static class RepositoryRoot
{
    private const string SolutionFile = "Ics2Port.sln";

    public static string Find() => FindFrom(AppContext.BaseDirectory) ?? FindFrom(SourceDirectory())
        ?? throw new InvalidOperationException($"No folder holding {SolutionFile} above {AppContext.BaseDirectory}.");

    private static string? FindFrom(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            {
                return directory.FullName;
            }
        }

        return null;
    }

    // Builds with --artifacts-path put the binaries outside the checkout; the source path still points into it.
    private static string SourceDirectory([CallerFilePath] string sourceFile = "") =>
        Path.GetDirectoryName(sourceFile) ?? string.Empty;
}
