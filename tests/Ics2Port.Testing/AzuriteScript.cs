namespace Ics2Port.Testing;

/// <summary>Where azurite.js is: <c>ICS2PORT_AZURITE_JS</c>, else <c>tools/node_modules</c> beside <c>Ics2Port.sln</c>.</summary>
internal static class AzuriteScript
{
    public static string Locate()
    {
        if (Environment.GetEnvironmentVariable("ICS2PORT_AZURITE_JS") is { Length: > 0 } configured)
        {
            return configured;
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Ics2Port.sln")))
            {
                var script = Path.Combine(directory.FullName, "tools", "node_modules", "azurite", "dist", "src", "azurite.js");
                return File.Exists(script)
                    ? script
                    : throw new InvalidOperationException($"Azurite is not installed at '{script}'; run 'npm ci' in tools/.");
            }
        }

        throw new InvalidOperationException($"No Ics2Port.sln above '{AppContext.BaseDirectory}'; set ICS2PORT_AZURITE_JS.");
    }
}
