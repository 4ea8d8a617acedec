namespace Ics2Port.Bench.Reporting;

using System.Diagnostics;

/// <summary>The checkout the tool runs in: the folder holding <c>Ics2Port.sln</c>.</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Ics2Port.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException($"No Ics2Port.sln above '{Environment.CurrentDirectory}' or '{AppContext.BaseDirectory}'; pass --output <file>.");
    }

    /// <summary>The checked-out commit, marked when files differ from it; null without git.</summary>
    public static string? Commit(string root)
    {
        var head = Git(root, "rev-parse", "--short", "HEAD");
        if (head is null)
        {
            return null;
        }

        var changes = Git(root, "status", "--porcelain", "--untracked-files=no");
        return string.IsNullOrEmpty(changes) ? head : head + " with uncommitted changes";
    }

    private static string? Git(string root, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo("git") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(startInfo)!;
            var output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
